import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

import { shiftKey } from './keys';
import { rosterSchema } from './schemas';

/** Everyone signed up for a shift, with masked ID and mobile, status and waitlist position. */
export function getRoster(
  organisationId: string,
  shiftId: string,
  { signal }: { signal?: AbortSignal } = {},
) {
  return apiGet(
    `/api/organisations/${encodeURIComponent(organisationId)}/shifts/${encodeURIComponent(shiftId)}/roster`,
    rosterSchema,
    { signal },
  );
}

export const getRosterQueryOptions = (organisationId: string, shiftId: string) =>
  queryOptions({
    queryKey: [...shiftKey(organisationId, shiftId), 'roster'],
    queryFn: ({ signal }) => getRoster(organisationId, shiftId, { signal }),
    staleTime: 0,
  });

export function useRoster(organisationId: string, shiftId: string) {
  return useQuery(getRosterQueryOptions(organisationId, shiftId));
}
