import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet, apiRequest } from '@/lib/api-client';

import { orgPath } from './base';
import { callKey, funderKey } from './keys';
import { candidateSchema, rankingRowSchema, reviewSchema } from './schemas';

/** Accounts with the reviewer role and the funder's own members, matching `q`. */
export function useReviewerCandidates(organisationId: string, q: string, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: [...funderKey(organisationId), 'reviewer-candidates', q],
      queryFn: ({ signal }) =>
        apiGet(orgPath(organisationId, 'reviewer-candidates'), z.array(candidateSchema), {
          params: { q: q || undefined },
          signal,
        }),
      enabled,
      staleTime: 30_000,
    }),
  );
}

/** The call's applications with their weighted score, spread, reviews and flags, ranked. */
export function useRanking(organisationId: string, callId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...callKey(organisationId, callId), 'ranking'],
      queryFn: ({ signal }) =>
        apiGet(orgPath(organisationId, 'calls', callId, 'ranking'), z.array(rankingRowSchema), {
          signal,
        }),
      staleTime: 0,
    }),
  );
}

/** Each review of one application with its scores and comments. */
export function useApplicationReviews(
  organisationId: string,
  callId: string,
  applicationId: number,
  enabled = true,
) {
  return useQuery(
    queryOptions({
      queryKey: [...callKey(organisationId, callId), 'reviews', applicationId],
      queryFn: ({ signal }) =>
        apiGet(
          orgPath(organisationId, 'calls', callId, 'applications', applicationId, 'reviews'),
          z.array(reviewSchema),
          { signal },
        ),
      enabled,
      staleTime: 0,
    }),
  );
}

/** Replaces the reviewers of an application (the answer is the assignments; the ranking shows them). */
export function assignReviewers({
  organisationId,
  callId,
  applicationId,
  accountIds,
}: {
  organisationId: string;
  callId: string;
  applicationId: number;
  accountIds: number[];
}): Promise<void> {
  return apiRequest(
    'PUT',
    orgPath(organisationId, 'calls', callId, 'applications', applicationId, 'reviewers'),
    undefined,
    { body: { accountIds } },
  );
}

export function useAssignReviewers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignReviewers,
    onSuccess: (_, { organisationId, callId }) =>
      queryClient.invalidateQueries({ queryKey: callKey(organisationId, callId) }),
  });
}
