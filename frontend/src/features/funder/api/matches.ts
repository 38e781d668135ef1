import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet, apiRequest } from '@/lib/api-client';

import { orgPath } from './base';
import { matchesKey } from './keys';
import { matchSchema, publicCallSchema } from './schemas';

export function useMatches(organisationId: string) {
  return useQuery(
    queryOptions({
      queryKey: matchesKey(organisationId),
      queryFn: ({ signal }) =>
        apiGet(orgPath(organisationId, 'matches'), z.array(matchSchema), { signal }),
      staleTime: 0,
    }),
  );
}

const publicCallsSchema = z.object({ items: z.array(publicCallSchema), total: z.int() });

/** Published calls (the public search) whose awards a pledge could match. */
export function usePublicCalls(q: string, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ['funder', 'public-calls', q],
      queryFn: ({ signal }) =>
        apiGet('/api/calls', publicCallsSchema, {
          params: { q: q || undefined, size: 20 },
          signal,
        }),
      enabled,
      staleTime: 30_000,
    }),
  );
}

export function pledgeMatch({
  organisationId,
  input,
}: {
  organisationId: string;
  input: { callId: number; capFen: number };
}) {
  return apiRequest('POST', orgPath(organisationId, 'matches'), matchSchema, { body: input });
}

export function decideMatch({
  organisationId,
  matchId,
  decision,
}: {
  organisationId: string;
  matchId: number;
  decision: { action: 'approve' } | { action: 'decline'; reason: string };
}): Promise<void> {
  return apiRequest(
    'POST',
    orgPath(organisationId, 'matches', matchId, decision.action),
    undefined,
    decision.action === 'decline' ? { body: { reason: decision.reason } } : {},
  );
}

function useMatchMutation<Args extends { organisationId: string }, Result>(
  mutationFn: (args: Args) => Promise<Result>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (_, { organisationId }) =>
      queryClient.invalidateQueries({ queryKey: matchesKey(organisationId) }),
  });
}

export const usePledgeMatch = () => useMatchMutation(pledgeMatch);
export const useDecideMatch = () => useMatchMutation(decideMatch);
