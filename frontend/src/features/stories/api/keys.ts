import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';

// Public story data, and the author's and moderator's (private: dropped at log-out).
export const publicStoriesKey = ['stories'] as const;
export const organisationStoriesKey = (organisationId: string) =>
  [PRIVATE_QUERY_KEY, 'stories', 'organisation', organisationId] as const;
export const myStoryKey = (storyId: string) =>
  [PRIVATE_QUERY_KEY, 'stories', 'my', storyId] as const;
export const adminStoriesKey = [PRIVATE_QUERY_KEY, 'stories', 'admin'] as const;
