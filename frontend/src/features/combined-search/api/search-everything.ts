import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { SEARCH_PAGE_SIZE } from '@/config/env';
import { apiGet } from '@/lib/api-client';
import { getCurrentLanguage } from '@/lib/i18n/i18n';
import { answers, type ApiResponse } from '@/lib/openapi';
import { facetCountSchema } from '@/lib/schemas';

import {
  CODE_FILTERS,
  FLAG_FILTERS,
  hasFilter,
  type CombinedSearchState,
} from '../utils/search-params';

const ownFacet = z.nullish(z.array(facetCountSchema));

// Kinds are strings in the API's document; an unknown one is shown by its name (see HitItem).
export const foundItemSchema = z.object({
  kind: z.string(),
  id: z.number(),
  title: z.string(),
  titleHighlight: z.nullish(z.string()),
  snippet: z.string(),
  regionPath: z.array(z.object({ code: z.string(), name: z.string() })),
  url: z.string(),
});
export type FoundItem = z.infer<typeof foundItemSchema>;

export const combinedSearchSchema = answers<ApiResponse<'/api/search', 'get'>>()(
  z.object({
    total: z.int(),
    loose: z.boolean(),
    page: z.int(),
    size: z.int(),
    kinds: z.array(z.object({ kind: z.string(), count: z.int(), loose: z.boolean() })),
    facets: z.object({
      region: z.array(z.extend(facetCountSchema, { name: z.string() })),
      targetGroup: z.array(facetCountSchema),
      category: ownFacet,
      skill: ownFacet,
      fundingType: ownFacet,
      programme: ownFacet,
      organisationKind: ownFacet,
    }),
    hits: z.array(foundItemSchema),
  }),
);
export type CombinedSearchResponse = z.infer<typeof combinedSearchSchema>;

/** The API's query parameters for a state (URL pages are 1-based, the API's 0-based). */
export function toApiParams(state: CombinedSearchState) {
  const params: Record<string, string | string[] | number | undefined> = {
    q: state.q || undefined,
    kind: state.kind,
    region: state.region,
    targetGroup: state.targetGroups,
    page: state.page - 1,
    size: SEARCH_PAGE_SIZE,
  };
  for (const filter of CODE_FILTERS) {
    if (hasFilter(state.kind, filter) && state.own[filter]?.length)
      params[filter] = state.own[filter];
  }
  for (const filter of FLAG_FILTERS) {
    if (hasFilter(state.kind, filter) && state.own[filter]) params[filter] = 'true';
  }
  return params;
}

export function searchEverything(
  state: CombinedSearchState,
  { signal }: { signal?: AbortSignal } = {},
): Promise<CombinedSearchResponse> {
  return apiGet('/api/search', combinedSearchSchema, { params: toApiParams(state), signal });
}

export const searchEverythingQueryOptions = (state: CombinedSearchState) =>
  queryOptions({
    // The language is part of the key: error details come back in the user's language.
    queryKey: ['search', 'everything', toApiParams(state), getCurrentLanguage()],
    queryFn: ({ signal }) => searchEverything(state, { signal }),
    placeholderData: keepPreviousData,
  });

export function useSearchEverything(state: CombinedSearchState) {
  return useQuery(searchEverythingQueryOptions(state));
}
