import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { SESSION_QUERY_KEY } from '@/lib/auth/session';

import {
  organisationDetailSchema,
  organisationKey,
  type OrganisationDetail,
  type OrganisationRequest,
} from './schemas';
import { type ApiBody } from '@/lib/openapi';

export function updateOrganisation({
  id,
  input,
}: {
  id: string;
  input: OrganisationRequest;
}): Promise<OrganisationDetail> {
  return apiRequest(
    'PUT',
    `/api/organisations/${encodeURIComponent(id)}`,
    organisationDetailSchema,
    {
      body: input satisfies ApiBody<'/api/organisations/{id}', 'put'>,
    },
  );
}

/** Changing name, credit code or legal representative may send it back to `submitted`. */
export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganisation,
    onSuccess: (_, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationKey(id) }),
        queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
      ]),
  });
}
