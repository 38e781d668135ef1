import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { apiGet } from '@/lib/api-client';
import { getCurrentLanguage } from '@/lib/i18n/i18n';

const regionRefSchema = z.object({ code: z.string(), name: z.string() });

export const projectDetailSchema = z.object({
  id: z.union([z.number(), z.string()]),
  title: z.string(),
  description: z.string().nullish(),
  status: z.string(),
  organisation: z.object({ id: z.union([z.number(), z.string()]), name: z.string() }),
  regions: z.array(regionRefSchema.extend({ path: z.array(regionRefSchema).nullish() })),
  targetGroups: z.array(z.string()),
  serviceCategories: z.array(z.string()),
  programme: z.string().nullish(),
  fundingType: z.string().nullish(),
  startDate: z.string().nullish(),
  endDate: z.string().nullish(),
  budgetFen: z.number().int().nullish(),
  demo: z.boolean().nullish(),
  createdAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
});
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
