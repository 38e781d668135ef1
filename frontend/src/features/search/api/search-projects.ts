import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { SEARCH_PAGE_SIZE } from '@/config/env';
import { apiGet } from '@/lib/api-client';
import { getCurrentLanguage } from '@/lib/i18n/i18n';

import type { SearchState } from '../utils/search-params';
import { answers, type ApiResponse } from '@/lib/openapi';
import { facetCountSchema, searchPageOf } from '@/lib/schemas';

export const projectHitSchema = z.object({
  id: z.number(),
  title: z.string(),
  summary: z.nullish(z.string()),
  organisationName: z.nullish(z.string()),
  regions: z.array(z.object({ code: z.string(), name: z.string() })),
  targetGroups: z.array(z.string()),
  serviceCategories: z.array(z.string()),
  programme: z.nullish(z.string()),
  status: z.nullish(z.string()),
  budgetFen: z.nullish(z.int()),
  startDate: z.nullish(z.string()),
  endDate: z.nullish(z.string()),
  highlights: z.nullish(
    z.object({
      title: z.nullish(z.string()),
      description: z.nullish(z.array(z.string())),
    }),
  ),
});
export type ProjectHit = z.infer<typeof projectHitSchema>;

export const searchResponseSchema = answers<ApiResponse<'/api/projects/search', 'get'>>()(
  searchPageOf(projectHitSchema, {
    regions: z.array(z.extend(facetCountSchema, { name: z.string() })),
    targetGroups: z.array(facetCountSchema),
    categories: z.array(facetCountSchema),
  }),
);
export type SearchResponse = z.infer<typeof searchResponseSchema>;

/** The API's query parameters for a search state (URL pages are 1-based, the API's 0-based). */
export function toApiParams(state: SearchState) {
  return {
    q: state.q || undefined,
    region: state.region,
    targetGroup: state.targetGroups,
    category: state.categories,
    page: state.page - 1,
    size: SEARCH_PAGE_SIZE,
  };
}

export function searchProjects(
  state: SearchState,
  { signal }: { signal?: AbortSignal } = {},
): Promise<SearchResponse> {
  return apiGet('/api/projects/search', searchResponseSchema, {
    params: toApiParams(state),
    signal,
  });
}

export const searchProjectsQueryOptions = (state: SearchState) =>
  queryOptions({
    // The language is part of the key: error details come back in the user's language.
    queryKey: ['projects', 'search', toApiParams(state), getCurrentLanguage()],
    queryFn: ({ signal }) => searchProjects(state, { signal }),
    placeholderData: keepPreviousData,
  });

export function useSearchProjects(state: SearchState) {
  return useQuery(searchProjectsQueryOptions(state));
}
