import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';
import { getCurrentLanguage } from '@/lib/i18n/i18n';

import { disclosureKey } from './keys';
import { callDisclosureSchema, projectDisclosureSchema } from './schemas';

export const callDisclosureCsv = (callId: string | number) =>
  `/api/disclosure/calls/${encodeURIComponent(String(callId))}.csv`;
/** Every approved payment of the public calls' awards, as one CSV (`from`, `to`, `callId` narrow it). */
export const PAYMENTS_CSV = '/api/disclosure/payments.csv';
export const projectDisclosureCsv = (projectId: string | number) =>
  `/api/disclosure/projects/${encodeURIComponent(String(projectId))}.csv`;

/** Rows of a call's awards and of its payments per page (the API's default). */
export const DISCLOSURE_PAGE_SIZE = 20;

/** A call's disclosure with page `page` (from 0) of its awards and of its payments. */
export function useCallDisclosure(callId: string, page = 0) {
  return useQuery(
    queryOptions({
      queryKey: [...disclosureKey, 'call', callId, page, getCurrentLanguage()],
      queryFn: ({ signal }) =>
        apiGet(
          `/api/disclosure/calls/${encodeURIComponent(callId)}?page=${page}&size=${DISCLOSURE_PAGE_SIZE}`,
          callDisclosureSchema,
          { signal },
        ),
      placeholderData: keepPreviousData,
    }),
  );
}

export function useProjectDisclosure(projectId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...disclosureKey, 'project', projectId, getCurrentLanguage()],
      queryFn: ({ signal }) =>
        apiGet(
          `/api/disclosure/projects/${encodeURIComponent(projectId)}`,
          projectDisclosureSchema,
          {
            signal,
          },
        ),
    }),
  );
}
