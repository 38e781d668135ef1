import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';
import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';
import { answers, type ApiResponse, type Item } from '@/lib/openapi';

export const invitationSchema = answers<Item<ApiResponse<'/api/account/invitations', 'get'>>>()(
  z.object({
    id: z.number(),
    organisationId: z.number(),
    organisationName: z.string(),
    role: z.string(),
    createdAt: z.nullish(z.string()),
  }),
);
export type Invitation = z.infer<typeof invitationSchema>;

export function getInvitations({ signal }: { signal?: AbortSignal } = {}): Promise<Invitation[]> {
  return apiGet('/api/account/invitations', z.array(invitationSchema), { signal });
}

export const getInvitationsQueryOptions = () =>
  queryOptions({
    queryKey: [PRIVATE_QUERY_KEY, 'account', 'invitations'],
    queryFn: ({ signal }) => getInvitations({ signal }),
    staleTime: 0,
  });

export function useInvitations() {
  return useQuery(getInvitationsQueryOptions());
}
