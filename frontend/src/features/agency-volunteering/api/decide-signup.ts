import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ApiBody } from '@/lib/openapi';

import { shiftKey } from './keys';

export type SignupAction =
  | { action: 'approve' }
  | { action: 'decline'; reason: string }
  | { action: 'attendance'; attendance: 'attended' | 'no-show' };

/** Approve or decline (with a reason) a pending sign-up, or mark attended / no-show by hand. */
export function decideSignup({
  organisationId,
  signupId,
  decision,
}: {
  organisationId: string;
  shiftId: string;
  signupId: number;
  decision: SignupAction;
}): Promise<void> {
  const path = `/api/organisations/${encodeURIComponent(organisationId)}/signups/${encodeURIComponent(signupId)}/${decision.action}`;
  const body =
    decision.action === 'decline'
      ? ({ reason: decision.reason } satisfies ApiBody<
          '/api/organisations/{organisationId}/signups/{id}/decline',
          'post'
        >)
      : decision.action === 'attendance'
        ? ({ attendance: decision.attendance } satisfies ApiBody<
            '/api/organisations/{organisationId}/signups/{id}/attendance',
            'post'
          >)
        : undefined;
  return apiRequest('POST', path, undefined, body === undefined ? {} : { body });
}

export function useDecideSignup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideSignup,
    // the roster and the hours list of the shift both change
    onSuccess: (_, { organisationId, shiftId }) =>
      queryClient.invalidateQueries({ queryKey: shiftKey(organisationId, shiftId) }),
  });
}
