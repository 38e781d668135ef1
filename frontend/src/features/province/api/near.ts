import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';
import { getCurrentLanguage } from '@/lib/i18n/i18n';
import { answers, type ApiResponse, type Item } from '@/lib/openapi';

/** How many of each the home page shows. */
export const NEAR_SIZE = 3;

const openingItemSchema = answers<Item<ApiResponse<'/api/openings', 'get'>['items']>>()(
  z.object({
    id: z.number(),
    title: z.string(),
    organisationName: z.string(),
    regionPath: z.string(),
  }),
);
const openingsSchema = z.object({ total: z.int(), items: z.array(openingItemSchema) });

const callItemSchema = answers<Item<ApiResponse<'/api/calls', 'get'>['items']>>()(
  z.object({
    id: z.number(),
    title: z.string(),
    organisationName: z.string(),
    closesAt: z.string(),
    state: z.string(),
  }),
);
const callsSchema = z.object({ total: z.int(), items: z.array(callItemSchema) });

/**
 * The story search (`GET /api/stories`, issue 10's contract) belongs to the stories feature; the
 * home page reads the few fields it shows of its items.
 */
const storyItemSchema = z.object({
  id: z.number(),
  title: z.string(),
  summary: z.nullish(z.string()),
  organisationName: z.nullish(z.string()),
  publishedAt: z.nullish(z.string()),
});
const storiesSchema = z.object({ items: z.array(storyItemSchema) });
export type StoryItem = z.infer<typeof storyItemSchema>;

export function useOpeningsNear(region: string | undefined) {
  return useQuery(
    queryOptions({
      queryKey: ['home', 'openings', region ?? '53', getCurrentLanguage()],
      queryFn: ({ signal }) =>
        apiGet('/api/openings', openingsSchema, {
          params: { region, size: NEAR_SIZE, page: 0 },
          signal,
        }),
    }),
  );
}

export function useCallsNear(region: string | undefined) {
  return useQuery(
    queryOptions({
      queryKey: ['home', 'calls', region ?? '53', getCurrentLanguage()],
      queryFn: ({ signal }) =>
        apiGet('/api/calls', callsSchema, { params: { region, size: NEAR_SIZE, page: 0 }, signal }),
    }),
  );
}

export function useLatestStories() {
  return useQuery(
    queryOptions({
      queryKey: ['home', 'stories', getCurrentLanguage()],
      queryFn: ({ signal }) =>
        apiGet('/api/stories', storiesSchema, { params: { size: NEAR_SIZE, page: 0 }, signal }),
    }),
  );
}
