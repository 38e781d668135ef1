import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';

import { idSchema, organisationKey } from './schemas';
import { answers, type ApiResponse } from '@/lib/openapi';

export const membersSchema = answers<ApiResponse<'/api/organisations/{id}/members', 'get'>>()(
  z.object({
    members: z.array(
      z.object({
        accountId: idSchema,
        displayName: z.string(),
        role: z.string(),
        joinedAt: z.nullish(z.string()),
      }),
    ),
    invitations: z.array(
      z.object({
        id: idSchema,
        maskedIdentifier: z.string(),
        role: z.nullish(z.string()),
        createdAt: z.nullish(z.string()),
      }),
    ),
  }),
);
export type Members = z.infer<typeof membersSchema>;

export function getMembers(
  id: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Members> {
  return apiGet(`/api/organisations/${encodeURIComponent(id)}/members`, membersSchema, { signal });
}

export const getMembersQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...organisationKey(id), 'members'],
    queryFn: ({ signal }) => getMembers(id, { signal }),
    staleTime: 0,
  });

export function useMembers(id: string) {
  return useQuery(getMembersQueryOptions(id));
}
