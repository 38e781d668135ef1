import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiRequest } from '@/lib/api-client';

import { adminStoriesKey } from './keys';
import { getStoryList, storySchema } from './schemas';

const adminPath = (storyId: string) => `/api/admin/stories/${encodeURIComponent(storyId)}`;

/** The moderation queue: submitted stories, oldest first (the server's order). */
export function useModerationQueue() {
  return useQuery(
    queryOptions({
      queryKey: [...adminStoriesKey, 'queue'],
      queryFn: ({ signal }) =>
        getStoryList('/api/admin/stories', { status: 'submitted', size: 100 }, signal),
    }),
  );
}

export function useAdminStory(storyId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...adminStoriesKey, storyId],
      queryFn: ({ signal }) => apiGet(adminPath(storyId), storySchema, { signal }),
    }),
  );
}

export type Decision = { action: 'publish' } | { action: 'return' | 'unpublish'; reason: string };

export function useDecide(storyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: Decision) =>
      apiRequest('POST', `${adminPath(storyId)}/${decision.action}`, undefined, {
        body: decision.action === 'publish' ? {} : { reason: decision.reason },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminStoriesKey }),
  });
}
