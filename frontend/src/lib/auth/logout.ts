import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { ANONYMOUS, PRIVATE_QUERY_KEY, setSession } from './session';

/**
 * Keys of `localStorage` that hold one account's data (unsaved drafts kept while offline…) start
 * with this; sign-out removes them, so the next person at a shared computer is not offered them.
 */
export const PRIVATE_STORAGE_PREFIX = 'qianshou.private.';

export function forgetPrivateStorage(): void {
  try {
    const keys: string[] = [];
    for (let index = 0; index < window.localStorage.length; index++) {
      const key = window.localStorage.key(index);
      if (key?.startsWith(PRIVATE_STORAGE_PREFIX)) keys.push(key);
    }
    keys.forEach((key) => window.localStorage.removeItem(key));
  } catch {
    // storage unavailable: nothing was kept
  }
}

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
      forgetPrivateStorage();
      setSession(queryClient, ANONYMOUS);
    },
  });
}
