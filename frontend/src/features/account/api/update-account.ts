import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { accountSchema, SESSION_QUERY_KEY, type Account, type Session } from '@/lib/auth/session';
import { type ApiBody } from '@/lib/openapi';

export type AccountInput = { displayName: string; language: string };

export function updateAccount(input: AccountInput): Promise<Account> {
  return apiRequest('PUT', '/api/account', accountSchema, {
    body: input satisfies ApiBody<'/api/account', 'put'>,
  });
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
