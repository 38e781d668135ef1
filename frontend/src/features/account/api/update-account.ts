import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { accountSchema, SESSION_QUERY_KEY, type Account, type Session } from '@/lib/auth/session';

export type AccountInput = { displayName: string; language: string };

export function updateAccount(input: AccountInput): Promise<Account> {
  return apiRequest('PUT', '/api/account', accountSchema, { body: input });
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccount,
    onSuccess: (account) =>
      queryClient.setQueryData<Session>(SESSION_QUERY_KEY, (session) =>
        session ? { ...session, account } : session,
      ),
  });
}
