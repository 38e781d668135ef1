import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';
import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';
import { answers, type ApiResponse, type Item } from '@/lib/openapi';

export const ownProjectSchema = answers<
  Item<ApiResponse<'/api/organisations/{organisationId}/projects', 'get'>>
>()(
  z.object({
    id: z.number(),
    title: z.string(),
    status: z.string(),
    version: z.nullish(z.int()),
    budgetFen: z.nullish(z.int()),
    startDate: z.nullish(z.string()),
    endDate: z.nullish(z.string()),
    updatedAt: z.nullish(z.string()),
  }),
);
export type OwnProject = z.infer<typeof ownProjectSchema>;

/** All of an organisation's projects, drafts included (members and administrators). */
export function getOrganisationProjects(
  organisationId: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<OwnProject[]> {
  return apiGet(
    `/api/organisations/${encodeURIComponent(organisationId)}/projects`,
    z.array(ownProjectSchema),
    { signal },
  );
}

export const organisationProjectsKey = (organisationId: string) =>
  [PRIVATE_QUERY_KEY, 'organisations', organisationId, 'projects'] as const;

export const getOrganisationProjectsQueryOptions = (organisationId: string) =>
  queryOptions({
    queryKey: organisationProjectsKey(organisationId),
    queryFn: ({ signal }) => getOrganisationProjects(organisationId, { signal }),
    staleTime: 0,
  });

export function useOrganisationProjects(organisationId: string) {
  return useQuery(getOrganisationProjectsQueryOptions(organisationId));
}
