import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';
import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';
import { answers, type ApiResponse } from '@/lib/openapi';

export const queueItemSchema = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.nullish(z.string()),
  subtype: z.nullish(z.string()),
  status: z.nullish(z.string()),
  creditCode: z.nullish(z.string()),
  submittedAt: z.nullish(z.string()),
  createdAt: z.nullish(z.string()),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

const queueSchema = answers<ApiResponse<'/api/admin/organisations', 'get'>>()(
  z.object({ total: z.int(), items: z.array(queueItemSchema) }),
);
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
  return answer;
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
