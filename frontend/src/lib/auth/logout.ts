import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { ANONYMOUS, PRIVATE_QUERY_KEY, setSession } from './session';

export function logout(): Promise<void> {
  return apiRequest('POST', '/api/auth/logout');
}

/** Signs out and forgets everything cached for this account (organisations, drafts…). */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.removeQueries({ queryKey: [PRIVATE_QUERY_KEY] });
      setSession(queryClient, ANONYMOUS);
    },
  });
}
