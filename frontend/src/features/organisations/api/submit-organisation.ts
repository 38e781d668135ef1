import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { SESSION_QUERY_KEY } from '@/lib/auth/session';

import { organisationKey } from './schemas';

/** Owner only; needs at least one document. The answer is ignored: we fetch the detail again. */
export function submitOrganisation(id: string): Promise<void> {
  return apiRequest('POST', `/api/organisations/${encodeURIComponent(id)}/submit`);
}

export function useSubmitOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitOrganisation,
    onSuccess: (_, id) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationKey(id) }),
        queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
      ]),
  });
}
