import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import * as z from 'zod/mini';

import { ApiError, apiGet, apiRequest } from '@/lib/api-client';

import { orgPath } from './base';
import { awardsKey, callKey, funderKey } from './keys';
import { awardSchema, ledgerEntrySchema, pageOf, paymentSchema, poolSchema } from './schemas';

export function useCallAwards(organisationId: string, callId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...callKey(organisationId, callId), 'awards'],
      queryFn: ({ signal }) =>
        apiGet(orgPath(organisationId, 'calls', callId, 'awards'), z.array(awardSchema), {
          signal,
        }),
      staleTime: 0,
    }),
  );
}

export function useAward(organisationId: string, awardId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...awardsKey(organisationId), awardId],
      queryFn: ({ signal }) =>
        apiGet(orgPath(organisationId, 'awards', awardId), awardSchema, { signal }),
      staleTime: 0,
    }),
  );
}

export function usePool(organisationId: string, callId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...callKey(organisationId, callId), 'pool'],
      queryFn: ({ signal }) =>
        apiGet(orgPath(organisationId, 'calls', callId, 'pool'), poolSchema, { signal }),
      staleTime: 0,
    }),
  );
}

const ledgerPageSchema = pageOf(ledgerEntrySchema);

export function useLedger(organisationId: string, callId: string, page: number) {
  return useQuery(
    queryOptions({
      queryKey: [...callKey(organisationId, callId), 'ledger', page],
      queryFn: ({ signal }) =>
        apiGet(orgPath(organisationId, 'calls', callId, 'ledger'), ledgerPageSchema, {
          params: { page },
          signal,
        }),
      placeholderData: keepPreviousData,
      staleTime: 0,
    }),
  );
}

/** A proposal: at most the requested amount, the call's maximum and the pool's remainder. */
export function proposeAward({
  organisationId,
  callId,
  input,
}: {
  organisationId: string;
  callId: string;
  input: { applicationId: number; amountFen: number; conditions: string };
}) {
  return apiRequest('POST', orgPath(organisationId, 'calls', callId, 'awards'), awardSchema, {
    body: input,
  });
}

/** Approve (another member than the proposer; the pool is re-checked) or decline with a reason. */
export function decideAward({
  organisationId,
  awardId,
  decision,
}: {
  organisationId: string;
  awardId: number;
  decision: { action: 'approve'; version: number | null } | { action: 'decline'; reason: string };
}): Promise<void> {
  return apiRequest(
    'POST',
    orgPath(organisationId, 'awards', awardId, decision.action),
    undefined,
    {
      body:
        decision.action === 'approve' ? { version: decision.version } : { reason: decision.reason },
    },
  );
}

/** Records a payment of a payable tranche; the key makes a double click or a retry harmless. */
export function recordPayment({
  organisationId,
  trancheId,
  input,
}: {
  organisationId: string;
  trancheId: number;
  input: { amountFen: number; externalReference: string; paidOn: string; idempotencyKey: string };
}) {
  return apiRequest(
    'POST',
    orgPath(organisationId, 'tranches', trancheId, 'payments'),
    paymentSchema,
    { body: input },
  );
}

/** Approve (another member than the one who recorded it) or reject with a reason. */
export function decidePayment({
  organisationId,
  paymentId,
  decision,
}: {
  organisationId: string;
  paymentId: number;
  decision: { action: 'approve' } | { action: 'reject'; reason: string };
}): Promise<void> {
  return apiRequest(
    'POST',
    orgPath(organisationId, 'payments', paymentId, decision.action),
    undefined,
    decision.action === 'reject' ? { body: { reason: decision.reason } } : {},
  );
}

/** Every award-related change refreshes the funder's calls and awards (pool, ledger, ranking). */
function useFunderMutation<Args extends { organisationId: string }, Result>(
  mutationFn: (args: Args) => Promise<Result>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (_, { organisationId }) =>
      queryClient.invalidateQueries({ queryKey: funderKey(organisationId) }),
    // a conflict means the state moved elsewhere (another member, an earlier try): show it
    onError: (error, { organisationId }) =>
      error instanceof ApiError && error.status === 409
        ? queryClient.invalidateQueries({ queryKey: funderKey(organisationId) })
        : undefined,
  });
}

export const useProposeAward = () => useFunderMutation(proposeAward);
export const useDecideAward = () => useFunderMutation(decideAward);
export const useRecordPayment = () => useFunderMutation(recordPayment);
export const useDecidePayment = () => useFunderMutation(decidePayment);
