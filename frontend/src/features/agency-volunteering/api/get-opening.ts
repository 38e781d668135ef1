import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

import { openingKey } from './keys';
import { openingDetailSchema } from './schemas';

/** One of the organisation's openings with its shifts, drafts too. */
export function getOpening(
  organisationId: string,
  openingId: string,
  { signal }: { signal?: AbortSignal } = {},
) {
  return apiGet(
    `/api/organisations/${encodeURIComponent(organisationId)}/openings/${encodeURIComponent(openingId)}`,
    openingDetailSchema,
    { signal },
  );
}

export const getOpeningQueryOptions = (organisationId: string, openingId: string) =>
  queryOptions({
    queryKey: openingKey(organisationId, openingId),
    queryFn: ({ signal }) => getOpening(organisationId, openingId, { signal }),
    staleTime: 0,
  });

export function useOpening(organisationId: string, openingId: string) {
  return useQuery(getOpeningQueryOptions(organisationId, openingId));
}
