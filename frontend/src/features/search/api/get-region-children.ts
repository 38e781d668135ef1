import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  parentCode: z.nullish(z.string()),
});
export type Region = z.infer<typeof regionSchema>;

export function getRegionChildren(
  code: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Region[]> {
  return apiGet(`/api/regions/${encodeURIComponent(code)}/children`, z.array(regionSchema), {
    signal,
  });
}

export const getRegionChildrenQueryOptions = (code: string) =>
  queryOptions({
    queryKey: ['regions', code, 'children'],
    queryFn: ({ signal }) => getRegionChildren(code, { signal }),
    staleTime: 60 * 60_000,
  });

/** Children of a region; idle while `code` is undefined (no parent chosen yet). */
export function useRegionChildren(code: string | undefined) {
  return useQuery({
    ...getRegionChildrenQueryOptions(code ?? ''),
    enabled: code !== undefined,
  });
}
