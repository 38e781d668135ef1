import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

import { apiGet, apiRequest } from '@/lib/api-client';
import type { ApiBody } from '@/lib/openapi';

import { orgPath } from './base';
import { callKey, callsKey } from './keys';
import { callDetailSchema, callSummarySchema, pageOf, type CallDetail } from './schemas';

const callsPageSchema = pageOf(callSummarySchema);

/** The funder's calls, drafts included; `page` is 0-based as the API counts. */
export function getCalls(
  organisationId: string,
  { status, page }: { status?: string; page: number },
  { signal }: { signal?: AbortSignal } = {},
) {
  return apiGet(orgPath(organisationId, 'calls'), callsPageSchema, {
    params: { status, page },
    signal,
  });
}

export const getCallsQueryOptions = (
  organisationId: string,
  filter: { status?: string; page: number },
) =>
  queryOptions({
    queryKey: [...callsKey(organisationId), 'list', filter.status ?? '', filter.page],
    queryFn: ({ signal }) => getCalls(organisationId, filter, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useCalls(organisationId: string, filter: { status?: string; page: number }) {
  return useQuery(getCallsQueryOptions(organisationId, filter));
}

export function getCall(
  organisationId: string,
  callId: string,
  { signal }: { signal?: AbortSignal } = {},
) {
  return apiGet(orgPath(organisationId, 'calls', callId), callDetailSchema, { signal });
}

export const getCallQueryOptions = (organisationId: string, callId: string) =>
  queryOptions({
    queryKey: [...callKey(organisationId, callId), 'detail'],
    queryFn: ({ signal }) => getCall(organisationId, callId, { signal }),
    staleTime: 0,
  });

export function useCall(organisationId: string, callId: string) {
  return useQuery(getCallQueryOptions(organisationId, callId));
}

/** `CallRequest` of the contract: money in fen, shares in basis points, times with +08:00. */
export type CallRequest = {
  title: string;
  description: string;
  fundingType: string;
  programme: string | null;
  poolFen: number;
  maxAwardFen: number;
  managementFeeCapBp: number;
  regionCode: string;
  regionBasis: 'registered' | 'service' | 'either';
  subtypes: string[];
  targetGroups: string[];
  minSocialWorkers: number;
  opensAt: string;
  closesAt: string;
  twoStage: boolean;
  conceptClosesAt: string | null;
  blindReview: boolean;
  scoreMin: number;
  scoreMax: number;
  reportIntervalMonths: number;
  sections: { code: string; required: boolean; guidance: string; maxChars: number }[];
  tranches: { seq: number; shareBp: number; reportDueOn: string | null }[];
  criteria: { name: string; description: string; weight: number }[];
};

export function createCall({
  organisationId,
  input,
}: {
  organisationId: string;
  input: CallRequest;
}): Promise<CallDetail> {
  return apiRequest('POST', orgPath(organisationId, 'calls'), callDetailSchema, {
    body: input satisfies ApiBody<'/api/organisations/{organisationId}/calls', 'post'>,
  });
}

export function updateCall({
  organisationId,
  callId,
  input,
}: {
  organisationId: string;
  callId: string;
  input: CallRequest & { version: number | null };
}): Promise<CallDetail> {
  return apiRequest('PUT', orgPath(organisationId, 'calls', callId), callDetailSchema, {
    body: input satisfies ApiBody<'/api/organisations/{organisationId}/calls/{id}', 'put'>,
  });
}

export function useSaveCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      args:
        | { organisationId: string; callId?: undefined; input: CallRequest }
        | {
            organisationId: string;
            callId: string;
            input: CallRequest & { version: number | null };
          },
    ) => (args.callId === undefined ? createCall(args) : updateCall(args)),
    onSuccess: (call, { organisationId }) => {
      queryClient.setQueryData(getCallQueryOptions(organisationId, String(call.id)).queryKey, call);
      return queryClient.invalidateQueries({ queryKey: callsKey(organisationId) });
    },
  });
}

export type CallAction = 'publish' | 'close' | 'cancel';

/** draft → published; published → closed; draft or published → cancelled (with a reason). */
export function changeCallStatus({
  organisationId,
  callId,
  action,
  reason,
}: {
  organisationId: string;
  callId: string;
  action: CallAction;
  reason?: string;
}): Promise<void> {
  return apiRequest(
    'POST',
    orgPath(organisationId, 'calls', callId, action),
    undefined,
    action === 'cancel'
      ? {
          body: { reason: reason ?? '' } satisfies ApiBody<
            '/api/organisations/{organisationId}/calls/{id}/cancel',
            'post'
          >,
        }
      : {},
  );
}

export function useChangeCallStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeCallStatus,
    onSuccess: (_, { organisationId }) =>
      queryClient.invalidateQueries({ queryKey: callsKey(organisationId) }),
  });
}
