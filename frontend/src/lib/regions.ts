import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';
import { answers, type ApiResponse, type Item } from '@/lib/openapi';

export const regionSchema = answers<Item<ApiResponse<'/api/regions/{code}/children', 'get'>>>()(
  z.object({
    code: z.string(),
    name: z.string(),
    level: z.string(),
    parentCode: z.nullish(z.string()),
  }),
);
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

/** Region codes: prefecture 4 digits, county 6, township 9, village 12. */
export function regionLevels(region: string | undefined) {
  return {
    prefecture: region && region.length >= 4 ? region.slice(0, 4) : undefined,
    county: region && region.length >= 6 ? region.slice(0, 6) : undefined,
    township: region && region.length >= 9 ? region.slice(0, 9) : undefined,
    village: region && region.length >= 12 ? region.slice(0, 12) : undefined,
  };
}

/** The parent of a prefecture, county, township or village code (`5306` → `53`, `530621` → `5306`). */
export function parentRegionCode(code: string): string | undefined {
  if (code.length >= 12) return code.slice(0, 9);
  if (code.length >= 9) return code.slice(0, 6);
  if (code.length >= 6) return code.slice(0, 4);
  if (code.length >= 4) return code.slice(0, 2);
  return undefined;
}

/** A region's name, looked up among its parent's children (cached for an hour). */
export function useRegionName(code: string): string | undefined {
  const siblings = useRegionChildren(parentRegionCode(code));
  return siblings.data?.find((region) => region.code === code)?.name;
}
