import { queryOptions, useQuery } from '@tanstack/react-query';

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

export function useCallDisclosure(callId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...disclosureKey, 'call', callId, getCurrentLanguage()],
      queryFn: ({ signal }) =>
        apiGet(`/api/disclosure/calls/${encodeURIComponent(callId)}`, callDisclosureSchema, {
          signal,
        }),
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
