import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';

import { SEARCH_PAGE_SIZE } from '@/config/env';
import { apiGet, apiRequest } from '@/lib/api-client';
import { getCurrentLanguage } from '@/lib/i18n/i18n';

import type { CallSearchState } from '../utils/call-search-params';
import { callKey, callsKey, eligibilityKey } from './keys';
import {
  applicationDetailSchema,
  callDetailSchema,
  callSearchSchema,
  eligibilitySchema,
  type CallSearch,
} from './schemas';

/** The API's parameters for a search state (pages 0-based in the API, 1-based in the URL). */
export function toCallApiParams(state: CallSearchState) {
  return {
    q: state.q || undefined,
    region: state.region,
    targetGroup: state.targetGroups,
    fundingType: state.fundingTypes,
    programme: state.programmes,
    closingSoon: state.closingSoon ? 'true' : undefined,
    page: state.page - 1,
    size: SEARCH_PAGE_SIZE,
  };
}

export function searchCalls(
  state: CallSearchState,
  { signal }: { signal?: AbortSignal } = {},
): Promise<CallSearch> {
  return apiGet('/api/calls', callSearchSchema, { params: toCallApiParams(state), signal });
}

export function useSearchCalls(state: CallSearchState) {
  return useQuery(
    queryOptions({
      queryKey: [...callsKey, 'search', toCallApiParams(state), getCurrentLanguage()],
      queryFn: ({ signal }) => searchCalls(state, { signal }),
      placeholderData: keepPreviousData,
    }),
  );
}

export function useCall(callId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...callKey(callId), getCurrentLanguage()],
      queryFn: ({ signal }) =>
        apiGet(`/api/calls/${encodeURIComponent(callId)}`, callDetailSchema, { signal }),
      enabled: callId !== '',
    }),
  );
}

/** Why an organisation may or may not apply (messages in the UI language). */
export function useEligibility(callId: string, organisationId: number | undefined) {
  return useQuery(
    queryOptions({
      queryKey: [...eligibilityKey(callId, organisationId ?? 0), getCurrentLanguage()],
      queryFn: ({ signal }) =>
        apiGet(`/api/calls/${encodeURIComponent(callId)}/eligibility`, eligibilitySchema, {
          params: { organisationId: organisationId ?? 0 },
          signal,
        }),
      enabled: organisationId !== undefined,
    }),
  );
}

/** Starts a draft application of an organisation to a call. */
export function useStartApplication() {
  return useMutation({
    mutationFn: ({ organisationId, callId }: { organisationId: number; callId: number }) =>
      apiRequest(
        'POST',
        `/api/organisations/${organisationId}/applications`,
        applicationDetailSchema,
        {
          body: { callId },
        },
      ),
  });
}
