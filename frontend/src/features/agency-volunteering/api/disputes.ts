import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

import { apiGet, apiRequest, buildUrl } from '@/lib/api-client';
import type { ApiBody } from '@/lib/openapi';

import { agencyKey, disputesKey } from './keys';
import { disputeSchema, pageOf } from './schemas';

const disputesPageSchema = pageOf(disputeSchema);

/** The organisation's open disputes (a volunteer says a record is wrong), oldest first. */
export function getDisputes(
  organisationId: string,
  page: number,
  { signal }: { signal?: AbortSignal } = {},
) {
  return apiGet(
    `/api/organisations/${encodeURIComponent(organisationId)}/disputes`,
    disputesPageSchema,
    { params: { status: 'open', page }, signal },
  );
}

export function useDisputes(organisationId: string, page: number) {
  return useQuery(
    queryOptions({
      queryKey: [...disputesKey(organisationId), page],
      queryFn: ({ signal }) => getDisputes(organisationId, page, { signal }),
      placeholderData: keepPreviousData,
      staleTime: 0,
    }),
  );
}

export const CORRECTION_FIELDS = ['minutes', 'content', 'evaluation', 'reason'] as const;

export type Correction = {
  minutes: number;
  content: string;
  evaluation: string;
  reason: string;
  version: number | null;
};

/**
 * A new version of a record (the old ones are kept); resolves its open disputes and revokes the
 * certificates that included it.
 */
export function correctRecord({
  organisationId,
  recordId,
  correction,
}: {
  organisationId: string;
  recordId: number;
  correction: Correction;
}): Promise<void> {
  return apiRequest(
    'POST',
    `/api/organisations/${encodeURIComponent(organisationId)}/records/${encodeURIComponent(recordId)}/correct`,
    undefined,
    {
      body: correction satisfies ApiBody<
        '/api/organisations/{organisationId}/records/{recordId}/correct',
        'post'
      >,
    },
  );
}

export function useCorrectRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: correctRecord,
    onSuccess: (_, { organisationId }) =>
      queryClient.invalidateQueries({ queryKey: agencyKey(organisationId) }),
  });
}

/** The CSV of the organisation's records for a period (UTF-8 with BOM; the export is audited). */
export const recordsCsvUrl = (organisationId: string, from: string, to: string) =>
  buildUrl(`/api/organisations/${encodeURIComponent(organisationId)}/records.csv`, { from, to });
