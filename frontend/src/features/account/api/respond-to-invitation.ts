import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { SESSION_QUERY_KEY } from '@/lib/auth/session';

import { getInvitationsQueryOptions } from './get-invitations';

export type InvitationAnswer = { id: number; answer: 'accept' | 'decline' };

export function respondToInvitation({ id, answer }: InvitationAnswer): Promise<void> {
  return apiRequest('POST', `/api/account/invitations/${encodeURIComponent(id)}/${answer}`);
}

/** Accepting adds a membership, which lives in the session: both are fetched again. */
export function useRespondToInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: respondToInvitation,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: getInvitationsQueryOptions().queryKey }),
        queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
      ]),
  });
}
