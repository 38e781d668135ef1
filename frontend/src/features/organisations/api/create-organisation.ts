import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { SESSION_QUERY_KEY } from '@/lib/auth/session';

import {
  organisationDetailSchema,
  type OrganisationDetail,
  type OrganisationRequest,
} from './schemas';
import { type ApiBody } from '@/lib/openapi';

export function createOrganisation(input: OrganisationRequest): Promise<OrganisationDetail> {
  return apiRequest('POST', '/api/organisations', organisationDetailSchema, {
    body: input satisfies ApiBody<'/api/organisations', 'post'>,
  });
}

/** The caller becomes its owner: a new membership, so the session is fetched again. */
export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
  });
}
