import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';
import { getCurrentLanguage } from '@/lib/i18n/i18n';
import { answers, type ApiResponse } from '@/lib/openapi';

const regionRefSchema = z.object({ code: z.string(), name: z.string() });

export const projectDetailSchema = answers<ApiResponse<'/api/projects/{id}', 'get'>>()(
  z.object({
    id: z.number(),
    title: z.string(),
    description: z.nullish(z.string()),
    status: z.string(),
    organisation: z.object({ id: z.number(), name: z.string() }),
    regions: z.array(z.extend(regionRefSchema, { path: z.nullish(z.array(regionRefSchema)) })),
    targetGroups: z.array(z.string()),
    serviceCategories: z.array(z.string()),
    programme: z.nullish(z.string()),
    fundingType: z.nullish(z.string()),
    startDate: z.nullish(z.string()),
    endDate: z.nullish(z.string()),
    budgetFen: z.nullish(z.int()),
    demo: z.nullish(z.boolean()),
    createdAt: z.nullish(z.string()),
    updatedAt: z.nullish(z.string()),
    /** For optimistic locking: sent back with an update (PUT). */
    version: z.nullish(z.int()),
  }),
);
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

export function getProject(
  id: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ProjectDetail> {
  return apiGet(`/api/projects/${encodeURIComponent(id)}`, projectDetailSchema, { signal });
}

export const getProjectQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['projects', id, getCurrentLanguage()],
    queryFn: ({ signal }) => getProject(id, { signal }),
  });

export function useProject(id: string) {
  return useQuery(getProjectQueryOptions(id));
}
