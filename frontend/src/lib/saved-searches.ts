import * as z from 'zod/mini';

import { apiRequest } from '@/lib/api-client';
import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';
import { answers, type ApiResponse } from '@/lib/openapi';

/** What a saved search searches: the combined search (`all`) or one kind's. */
export type SavedSearchKind = 'all' | 'project' | 'opening' | 'call' | 'organisation' | 'story';
export const FREQUENCIES = ['daily', 'weekly', 'never'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const savedSearchSchema = answers<ApiResponse<'/api/me/saved-searches/{id}', 'put'>>()(
  z.object({
    id: z.number(),
    name: z.string(),
    kind: z.string(),
    query: z.string(),
    frequency: z.string(),
    lastDigestAt: z.string(),
    createdAt: z.string(),
    version: z.number(),
  }),
);
export type SavedSearch = z.infer<typeof savedSearchSchema>;

export type SavedSearchBody = {
  name: string;
  kind: string;
  query: string;
  frequency: Frequency;
  version?: number;
};

/** The signed-in user's saved searches (private: dropped from the cache at sign-out). */
export const SAVED_SEARCHES_KEY = [PRIVATE_QUERY_KEY, 'saved-searches'] as const;

/** `POST /api/me/saved-searches`: the search's parameters as its page sends them (page and size dropped). */
export function saveSearch(body: SavedSearchBody): Promise<SavedSearch> {
  return apiRequest('POST', '/api/me/saved-searches', savedSearchSchema, { body });
}

/** The parameters of a search page's address to save: without page and size. */
export function searchQueryOf(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  params.forEach((value, name) => {
    if (name !== 'page' && name !== 'size' && value.trim() !== '') kept.append(name, value);
  });
  return kept.toString();
}
