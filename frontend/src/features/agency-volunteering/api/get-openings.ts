import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

import { openingsKey } from './keys';
import { openingSummarySchema, pageOf } from './schemas';

const openingsPageSchema = pageOf(openingSummarySchema);

/** An organisation's openings, drafts included (members); `page` is 0-based as the API counts. */
export function getOpenings(
  organisationId: string,
  { status, page }: { status?: string; page: number },
  { signal }: { signal?: AbortSignal } = {},
) {
  return apiGet(
    `/api/organisations/${encodeURIComponent(organisationId)}/openings`,
    openingsPageSchema,
    { params: { status, page }, signal },
  );
}

export const getOpeningsQueryOptions = (
  organisationId: string,
  filter: { status?: string; page: number },
) =>
  queryOptions({
    queryKey: [...openingsKey(organisationId), filter.status ?? '', filter.page],
    queryFn: ({ signal }) => getOpenings(organisationId, filter, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useOpenings(organisationId: string, filter: { status?: string; page: number }) {
  return useQuery(getOpeningsQueryOptions(organisationId, filter));
}
