import { useMutation } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { type ApiBody } from '@/lib/openapi';

/** 204; every session of the account ends, so the user signs in again afterwards. */
export function confirmPasswordReset(input: { token: string; password: string }): Promise<void> {
  return apiRequest('POST', '/api/auth/password-reset/confirm', undefined, {
    body: input satisfies ApiBody<'/api/auth/password-reset/confirm', 'post'>,
  });
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset });
}
