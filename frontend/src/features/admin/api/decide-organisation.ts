import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';
import { type ApiBody } from '@/lib/openapi';

export const DECISIONS = ['verify', 'reject', 'suspend', 'reinstate'] as const;
export type Decision = (typeof DECISIONS)[number];
/** The server requires a reason for these; the form asks before sending. */
export const NEEDS_REASON: readonly Decision[] = ['reject', 'suspend'];

export function decideOrganisation({
  id,
  decision,
  reason,
}: {
  id: string;
  decision: Decision;
  reason: string;
}): Promise<void> {
  return apiRequest(
    'POST',
    `/api/admin/organisations/${encodeURIComponent(id)}/decision`,
    undefined,
    {
      body: { decision, reason: reason || null } satisfies ApiBody<
        '/api/admin/organisations/{id}/decision',
        'post'
      >,
    },
  );
}

export function useDecideOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideOrganisation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [PRIVATE_QUERY_KEY, 'admin'] }),
  });
}
