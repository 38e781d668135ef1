import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { sessionSchema, setSession, type Session } from '@/lib/auth/session';
import { type ApiBody } from '@/lib/openapi';

export type ConfirmSignupInput = { identifier: string; code: string; handle: string };

export function confirmSignup(input: ConfirmSignupInput): Promise<Session> {
  return apiRequest('POST', '/api/auth/signup/confirm', sessionSchema, {
    body: input satisfies ApiBody<'/api/auth/signup/confirm', 'post'>,
  });
}

/** The account is created and signed in: the answer is the new session. */
export function useConfirmSignup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmSignup,
    onSuccess: (session) => setSession(queryClient, session),
  });
}
