import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';
import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';

export const queueItemSchema = z.object({
  id: z.union([z.number(), z.string()]),
  name: z.string(),
  kind: z.nullish(z.string()),
  subtype: z.nullish(z.string()),
  status: z.nullish(z.string()),
  creditCode: z.nullish(z.string()),
  submittedAt: z.nullish(z.string()),
  createdAt: z.nullish(z.string()),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

// The contract names the query, not the page's shape: a page object or a bare list is accepted.
const queueSchema = z.union([
  z.object({ total: z.int(), items: z.array(queueItemSchema) }),
  z.array(queueItemSchema),
]);
export type Queue = { total: number; items: QueueItem[] };

export const QUEUE_PAGE_SIZE = 20;

export async function getVerificationQueue(
  { status, page }: { status: string; page: number },
  { signal }: { signal?: AbortSignal } = {},
): Promise<Queue> {
  const answer = await apiGet('/api/admin/organisations', queueSchema, {
    params: { status, page: page - 1, size: QUEUE_PAGE_SIZE },
    signal,
  });
  return Array.isArray(answer) ? { total: answer.length, items: answer } : answer;
}

export const getVerificationQueueQueryOptions = (status: string, page: number) =>
  queryOptions({
    queryKey: [PRIVATE_QUERY_KEY, 'admin', 'organisations', status, page],
    queryFn: ({ signal }) => getVerificationQueue({ status, page }, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useVerificationQueue(status: string, page: number) {
  return useQuery(getVerificationQueueQueryOptions(status, page));
}
