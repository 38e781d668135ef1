import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { sessionSchema, setSession, type Session } from '@/lib/auth/session';
import { type ApiBody } from '@/lib/openapi';

export type LoginInput = { identifier: string; password: string };

export function login(input: LoginInput): Promise<Session> {
  return apiRequest('POST', '/api/auth/login', sessionSchema, {
    body: input satisfies ApiBody<'/api/auth/login', 'post'>,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => setSession(queryClient, session),
  });
}
