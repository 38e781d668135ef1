import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { SEARCH_PAGE_SIZE } from '@/config/env';
import { apiGet } from '@/lib/api-client';
import { getCurrentLanguage } from '@/lib/i18n/i18n';
import { answers, type ApiResponse } from '@/lib/openapi';
import { facetCountSchema, regionCountSchema, searchPageOf } from '@/lib/schemas';

import { dayRange, type OpeningSearchState } from '../utils/opening-search-params';

export const shiftSlotSchema = z.object({
  id: z.number(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.int(),
  free: z.int(),
});

export const openingHitSchema = z.object({
  id: z.number(),
  title: z.string(),
  titleHighlighted: z.nullish(z.string()),
  descriptionHighlighted: z.nullish(z.union([z.string(), z.array(z.string())])),
  organisationId: z.number(),
  organisationName: z.string(),
  regionCode: z.string(),
  regionPath: z.string(),
  targetGroups: z.array(z.string()),
  category: z.nullish(z.string()),
  skills: z.array(z.string()),
  adultsOnly: z.boolean(),
  screening: z.string(),
  signupDeadline: z.nullish(z.string()),
  nextShifts: z.array(shiftSlotSchema),
  freePlaces: z.int(),
});
export type OpeningHit = z.infer<typeof openingHitSchema>;

export const openingSearchSchema = answers<ApiResponse<'/api/openings', 'get'>>()(
  searchPageOf(openingHitSchema, {
    region: z.array(regionCountSchema),
    targetGroup: z.array(facetCountSchema),
    category: z.array(facetCountSchema),
    skill: z.array(facetCountSchema),
  }),
);
export type OpeningSearch = z.infer<typeof openingSearchSchema>;

/** The API's parameters for a search state: dates in Asia/Shanghai, pages 0-based. */
export function toOpeningApiParams(state: OpeningSearchState, now: Date = new Date()) {
  const { from, to } = dayRange(state, now);
  return {
    q: state.q || undefined,
    region: state.region,
    targetGroup: state.targetGroups,
    skill: state.skills,
    category: state.categories,
    from,
    to,
    freePlaces: state.freePlaces ? 'true' : undefined,
    page: state.page - 1,
    size: SEARCH_PAGE_SIZE,
  };
}

export function searchOpenings(
  state: OpeningSearchState,
  { signal }: { signal?: AbortSignal } = {},
): Promise<OpeningSearch> {
  return apiGet('/api/openings', openingSearchSchema, {
    params: toOpeningApiParams(state),
    signal,
  });
}

export const searchOpeningsQueryOptions = (state: OpeningSearchState) =>
  queryOptions({
    queryKey: ['openings', 'search', toOpeningApiParams(state), getCurrentLanguage()],
    queryFn: ({ signal }) => searchOpenings(state, { signal }),
    placeholderData: keepPreviousData,
  });

export function useSearchOpenings(state: OpeningSearchState) {
  return useQuery(searchOpeningsQueryOptions(state));
}
