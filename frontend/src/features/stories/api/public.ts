import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { SEARCH_PAGE_SIZE } from '@/config/env';
import { ApiError, apiGet } from '@/lib/api-client';
import { getCurrentLanguage } from '@/lib/i18n/i18n';

import type { StorySearchState } from '../utils/search-params';
import { publicStoriesKey } from './keys';
import { projectMoneySchema, publicStorySchema, storySearchSchema } from './schemas';

/** The API's parameters for a search state (pages 0-based in the API, 1-based in the URL). */
export function toStoryApiParams(state: StorySearchState) {
  return {
    q: state.q || undefined,
    region: state.region,
    targetGroup: state.targetGroups,
    category: state.categories,
    programme: state.programmes,
    page: state.page - 1,
    size: SEARCH_PAGE_SIZE,
  };
}

export function useSearchStories(state: StorySearchState) {
  return useQuery(
    queryOptions({
      queryKey: [...publicStoriesKey, 'search', toStoryApiParams(state), getCurrentLanguage()],
      queryFn: ({ signal }) =>
        apiGet('/api/stories', storySearchSchema, { params: toStoryApiParams(state), signal }),
      placeholderData: keepPreviousData,
    }),
  );
}

export function usePublicStory(storyId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...publicStoriesKey, 'detail', storyId, getCurrentLanguage()],
      queryFn: ({ signal }) =>
        apiGet(`/api/stories/${encodeURIComponent(storyId)}`, publicStorySchema, { signal }),
    }),
  );
}

/** The project's public money; `null` when nothing is disclosed for it (404). */
export function useProjectMoney(projectId: number | undefined) {
  return useQuery(
    queryOptions({
      queryKey: [...publicStoriesKey, 'money', projectId, getCurrentLanguage()],
      queryFn: async ({ signal }) => {
        try {
          return await apiGet(`/api/disclosure/projects/${projectId}`, projectMoneySchema, {
            signal,
          });
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        }
      },
      enabled: projectId !== undefined,
    }),
  );
}
