import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { SEARCH_PAGE_SIZE } from '@/config/env';
import { apiGet } from '@/lib/api-client';
import { getCurrentLanguage } from '@/lib/i18n/i18n';

import type { OrganisationSearchState } from '../utils/search-params';
import { idSchema, regionRefSchema } from './schemas';
import { answers, type ApiResponse } from '@/lib/openapi';
import { facetCountSchema, regionCountSchema, searchPageOf } from '@/lib/schemas';

/** `highlight`: the name and description fragments, matches marked with U+E000/U+E001. */
const highlightSchema = z.object({
  name: z.nullish(z.string()),
  description: z.nullish(z.array(z.string())),
});

export const organisationHitSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.string(),
  subtype: z.nullish(z.string()),
  registeredRegion: z.nullish(regionRefSchema),
  serviceRegions: z.nullish(z.array(regionRefSchema)),
  targetGroups: z.nullish(z.array(z.string())),
  serviceCategories: z.nullish(z.array(z.string())),
  highlight: z.nullish(highlightSchema),
});
export type OrganisationHit = z.infer<typeof organisationHitSchema>;

export const organisationSearchSchema = answers<ApiResponse<'/api/organisations', 'get'>>()(
  searchPageOf(organisationHitSchema, {
    regions: z.nullish(z.array(regionCountSchema)),
    kinds: z.nullish(z.array(facetCountSchema)),
    targetGroups: z.nullish(z.array(facetCountSchema)),
    categories: z.nullish(z.array(facetCountSchema)),
  }),
);
export type OrganisationSearchResponse = z.infer<typeof organisationSearchSchema>;

export function toApiParams(state: OrganisationSearchState) {
  return {
    q: state.q || undefined,
    region: state.region,
    kind: state.kind,
    targetGroup: state.targetGroups,
    category: state.categories,
    page: state.page - 1,
    size: SEARCH_PAGE_SIZE,
  };
}

export function searchOrganisations(
  state: OrganisationSearchState,
  { signal }: { signal?: AbortSignal } = {},
): Promise<OrganisationSearchResponse> {
  return apiGet('/api/organisations', organisationSearchSchema, {
    params: toApiParams(state),
    signal,
  });
}

export const searchOrganisationsQueryOptions = (state: OrganisationSearchState) =>
  queryOptions({
    queryKey: ['organisations', 'search', toApiParams(state), getCurrentLanguage()],
    queryFn: ({ signal }) => searchOrganisations(state, { signal }),
    placeholderData: keepPreviousData,
  });

export function useSearchOrganisations(state: OrganisationSearchState) {
  return useQuery(searchOrganisationsQueryOptions(state));
}
