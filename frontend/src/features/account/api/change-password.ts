import { useMutation } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { type ApiBody } from '@/lib/openapi';

export type ChangePasswordInput = { currentPassword: string; newPassword: string };

/** 204; the account's other sessions end, this one stays. */
export function changePassword(input: ChangePasswordInput): Promise<void> {
  return apiRequest('POST', '/api/account/password', undefined, {
    body: input satisfies ApiBody<'/api/account/password', 'post'>,
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
