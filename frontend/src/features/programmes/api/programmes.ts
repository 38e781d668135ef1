import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiGet, apiRequest } from '@/lib/api-client';
import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';
import { getCurrentLanguage } from '@/lib/i18n/i18n';

import {
  agencyPairsSchema,
  programmeDetailSchema,
  programmesSchema,
  supportEntrySchema,
} from './schemas';

export const programmesKey = ['programmes'] as const;
const agencyPairsKey = (organisationId: string) =>
  [PRIVATE_QUERY_KEY, 'programmes', 'twinning', organisationId] as const;

export const PROGRAMMES_CSV = '/api/open-data/programmes.csv';
export const PAGE_SIZE = 20;

/** `GET /api/programmes`: the four tracked programmes with target and live figures. */
export function useProgrammes() {
  return useQuery(
    queryOptions({
      queryKey: [...programmesKey, 'all', getCurrentLanguage()],
      queryFn: ({ signal }) => apiGet('/api/programmes', programmesSchema, { signal }),
    }),
  );
}

/** `GET /api/programmes/{code}?page=`: one programme's figures and a page (0-based) of records. */
export function useProgramme(code: string, page: number) {
  return useQuery(
    queryOptions({
      queryKey: [...programmesKey, 'detail', code, page, getCurrentLanguage()],
      queryFn: ({ signal }) =>
        apiGet(`/api/programmes/${encodeURIComponent(code)}`, programmeDetailSchema, {
          params: { page, size: PAGE_SIZE },
          signal,
        }),
    }),
  );
}

/** `GET /api/organisations/{id}/twinning-pairs`: the agency's pairs with their support log. */
export function useAgencyPairs(organisationId: string) {
  return useQuery(
    queryOptions({
      queryKey: agencyPairsKey(organisationId),
      queryFn: ({ signal }) =>
        apiGet(
          `/api/organisations/${encodeURIComponent(organisationId)}/twinning-pairs`,
          agencyPairsSchema,
          { signal },
        ),
    }),
  );
}

export type EntryBody = { kind: string; date: string; count: number; note: string };

/** `POST …/twinning-pairs/{pairId}/support`: a support-log entry by a member of the agency. */
export function useAddSupport(organisationId: string, pairId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EntryBody) =>
      apiRequest(
        'POST',
        `/api/organisations/${encodeURIComponent(organisationId)}/twinning-pairs/${pairId}/support`,
        supportEntrySchema,
        { body },
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: agencyPairsKey(organisationId) });
      void queryClient.invalidateQueries({ queryKey: programmesKey });
    },
  });
}

/**
 * An administrator's write under `/api/admin/programmes/…` (create, edit, end, withdraw, add an
 * activity); the public figures are refetched afterwards.
 */
export function useAdminWrite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: { method: 'POST' | 'PUT'; path: string; body: unknown }) =>
      apiRequest(method, `/api/admin/programmes/${path}`, undefined, { body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: programmesKey }),
  });
}
