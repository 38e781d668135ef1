import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { organisationProjectsKey } from './get-organisation-projects';

/**
 * Publish (draft → published; the organisation must be verified, else 403 whose detail says
 * why) or close (→ closed). The list is fetched again afterwards.
 */
export function changeProjectStatus({
  id,
  action,
}: {
  id: number;
  action: 'publish' | 'close';
  organisationId: string;
}): Promise<void> {
  return apiRequest('POST', `/api/projects/${encodeURIComponent(id)}/${action}`);
}

export function useChangeProjectStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeProjectStatus,
    onSuccess: (_, { id, organisationId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationProjectsKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: ['projects', String(id)] }),
      ]),
  });
}
