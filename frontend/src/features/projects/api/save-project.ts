import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { organisationProjectsKey } from './get-organisation-projects';
import { projectDetailSchema, type ProjectDetail } from './get-project';
import { type ApiBody } from '@/lib/openapi';

export type ProjectRequest = {
  title: string;
  description: string;
  programme: string;
  fundingType: string | null;
  startDate: string;
  endDate: string;
  budgetFen: number;
  regionCodes: string[];
  targetGroups: string[];
  serviceCategories: string[];
  /** The version the user edited; a 409 says someone saved in between. */
  version?: number | null;
};

export const PROJECT_FIELDS = [
  'title',
  'description',
  'programme',
  'fundingType',
  'startDate',
  'endDate',
  'budgetFen',
  'regionCodes',
  'targetGroups',
  'serviceCategories',
] as const;

export function createProject({
  organisationId,
  input,
}: {
  organisationId: string;
  input: ProjectRequest;
}): Promise<ProjectDetail> {
  return apiRequest(
    'POST',
    `/api/organisations/${encodeURIComponent(organisationId)}/projects`,
    projectDetailSchema,
    { body: input satisfies ApiBody<'/api/organisations/{organisationId}/projects', 'post'> },
  );
}

export function updateProject({
  id,
  input,
}: {
  id: string;
  input: ProjectRequest;
}): Promise<ProjectDetail> {
  return apiRequest('PUT', `/api/projects/${encodeURIComponent(id)}`, projectDetailSchema, {
    body: input satisfies ApiBody<'/api/projects/{id}', 'put'>,
  });
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProject,
    onSuccess: (_, { organisationId }) =>
      queryClient.invalidateQueries({ queryKey: organisationProjectsKey(organisationId) }),
  });
}

export function useUpdateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProject,
    onSuccess: (project) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['projects', String(project.id)] }),
        queryClient.invalidateQueries({
          queryKey: organisationProjectsKey(String(project.organisation.id)),
        }),
      ]),
  });
}
