import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { SESSION_QUERY_KEY } from '@/lib/auth/session';

import { getMembersQueryOptions } from './get-members';
import { type ApiBody } from '@/lib/openapi';

// The owner's member operations. They share one invalidation, so they share this file.

const base = (id: string) => `/api/organisations/${encodeURIComponent(id)}`;

export function inviteMember({ id, identifier }: { id: string; identifier: string }) {
  return apiRequest('POST', `${base(id)}/invitations`, undefined, {
    body: { identifier } satisfies ApiBody<'/api/organisations/{id}/invitations', 'post'>,
  });
}

export function cancelInvitation({ id, invitationId }: { id: string; invitationId: number }) {
  return apiRequest('DELETE', `${base(id)}/invitations/${encodeURIComponent(invitationId)}`);
}

export function removeMember({ id, accountId }: { id: string; accountId: number }) {
  return apiRequest('DELETE', `${base(id)}/members/${encodeURIComponent(accountId)}`);
}

/** That staff member becomes owner; the old owner becomes staff. */
export function transferOwnership({ id, accountId }: { id: string; accountId: number }) {
  return apiRequest('POST', `${base(id)}/transfer`, undefined, {
    body: { accountId } satisfies ApiBody<'/api/organisations/{id}/transfer', 'post'>,
  });
}

function useMemberMutation<V extends { id: string }>(fn: (variables: V) => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (_, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: getMembersQueryOptions(id).queryKey }),
        queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
      ]),
  });
}

export const useInviteMember = () => useMemberMutation(inviteMember);
export const useCancelInvitation = () => useMemberMutation(cancelInvitation);
export const useRemoveMember = () => useMemberMutation(removeMember);
export const useTransferOwnership = () => useMemberMutation(transferOwnership);
