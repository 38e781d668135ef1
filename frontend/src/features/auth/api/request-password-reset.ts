import { useMutation } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { type ApiBody } from '@/lib/openapi';

/** 202 always, whether or not the account exists. */
export function requestPasswordReset(input: { identifier: string }): Promise<void> {
  return apiRequest('POST', '/api/auth/password-reset', undefined, {
    body: input satisfies ApiBody<'/api/auth/password-reset', 'post'>,
  });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
