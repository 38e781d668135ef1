import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';
import { getCurrentLanguage } from '@/lib/i18n/i18n';

import { organisationDetailSchema, organisationKey, type OrganisationDetail } from './schemas';

/** Members and administrators get the full detail; anyone else the public view (verified only). */
export function getOrganisation(
  id: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<OrganisationDetail> {
  return apiGet(`/api/organisations/${encodeURIComponent(id)}`, organisationDetailSchema, {
    signal,
  });
}

export const getOrganisationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...organisationKey(id), getCurrentLanguage()],
    queryFn: ({ signal }) => getOrganisation(id, { signal }),
    staleTime: 0,
  });

export function useOrganisation(id: string) {
  return useQuery(getOrganisationQueryOptions(id));
}
