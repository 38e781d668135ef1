import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet, apiRequest } from '@/lib/api-client';
import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';

// The reviewer's side of the review API (docs/design/issue-9-contract.md, "Review").

export const reviewKey = [PRIVATE_QUERY_KEY, 'review'] as const;

export const queueItemSchema = z.object({
  assignmentId: z.number(),
  callId: z.number(),
  callTitle: z.string(),
  applicationId: z.number(),
  declaration: z.string(),
  /** declare | score | submitted | conflicted */
  status: z.string(),
  applicationTitle: z.nullish(z.string()),
  assignedAt: z.nullish(z.string()),
  submittedAt: z.nullish(z.string()),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

const ownScoreSchema = z.object({
  criterionId: z.number(),
  score: z.number(),
  comment: z.nullish(z.string()),
});

export const reviewerApplicationSchema = z.object({
  assignmentId: z.number(),
  callId: z.number(),
  callTitle: z.string(),
  blind: z.boolean(),
  application: z.object({
    id: z.number(),
    stage: z.nullish(z.string()),
    organisationName: z.nullish(z.string()),
    projectTitle: z.nullish(z.string()),
    title: z.nullish(z.string()),
    need: z.nullish(z.string()),
    objectives: z.nullish(z.string()),
    activities: z.nullish(z.string()),
    beneficiaries: z.nullish(z.string()),
    beneficiaryCount: z.nullish(z.int()),
    periodFrom: z.nullish(z.string()),
    periodTo: z.nullish(z.string()),
    budgetLines: z.array(
      z.object({
        category: z.string(),
        description: z.nullish(z.string()),
        amountFen: z.number(),
      }),
    ),
    requestedFen: z.number(),
    managementFeeFen: z.nullish(z.number()),
    indicators: z.array(
      z.object({
        id: z.nullish(z.number()),
        name: z.string(),
        unit: z.nullish(z.string()),
        target: z.nullish(z.union([z.number(), z.string()])),
      }),
    ),
    attachments: z.nullish(z.array(z.object({ id: z.number(), filename: z.string() }))),
  }),
  rubric: z.object({
    scoreMin: z.int(),
    scoreMax: z.int(),
    criteria: z.array(
      z.object({
        id: z.number(),
        seq: z.int(),
        name: z.string(),
        description: z.nullish(z.string()),
        weight: z.int(),
      }),
    ),
  }),
  scores: z.array(ownScoreSchema),
  comment: z.nullish(z.string()),
  weightedScore: z.nullish(z.number()),
  submittedAt: z.nullish(z.string()),
  version: z.number(),
});
export type ReviewerApplication = z.infer<typeof reviewerApplicationSchema>;

export const ownReviewSchema = z.object({
  assignmentId: z.number(),
  status: z.string(),
  scores: z.array(ownScoreSchema),
  comment: z.nullish(z.string()),
  weightedScore: z.nullish(z.number()),
  submittedAt: z.nullish(z.string()),
  version: z.number(),
});
export type OwnReview = z.infer<typeof ownReviewSchema>;

const queueOptions = () =>
  queryOptions({
    queryKey: [...reviewKey, 'queue'],
    queryFn: ({ signal }) =>
      apiGet('/api/reviewer/assignments', z.array(queueItemSchema), { signal }),
    staleTime: 0,
  });

/** The signed-in reviewer's assignments. */
export function useQueue() {
  return useQuery(queueOptions());
}

/** The application and rubric; 403 `declare-first` until no conflict is declared. */
export function useReviewerApplication(assignmentId: string, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: [...reviewKey, 'application', assignmentId],
      queryFn: ({ signal }) =>
        apiGet(
          `/api/reviewer/assignments/${encodeURIComponent(assignmentId)}/application`,
          reviewerApplicationSchema,
          { signal },
        ),
      enabled,
      staleTime: 0,
    }),
  );
}

export function declare({
  assignmentId,
  conflict,
  reason,
}: {
  assignmentId: string;
  conflict: boolean;
  reason: string;
}): Promise<QueueItem> {
  return apiRequest(
    'POST',
    `/api/reviewer/assignments/${encodeURIComponent(assignmentId)}/declaration`,
    queueItemSchema,
    { body: { conflict, reason: reason || null } },
  );
}

export function useDeclare() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declare,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKey }),
  });
}

export type ScoresRequest = {
  scores: { criterionId: number; score: number; comment: string }[];
  comment: string;
  version: number;
};

export function saveScores({
  assignmentId,
  input,
}: {
  assignmentId: string;
  input: ScoresRequest;
}): Promise<OwnReview> {
  return apiRequest(
    'PUT',
    `/api/reviewer/assignments/${encodeURIComponent(assignmentId)}/scores`,
    ownReviewSchema,
    { body: input },
  );
}

/** Saves the draft, then submits that version: a submitted review is final. */
export async function saveAndSubmit({
  assignmentId,
  input,
}: {
  assignmentId: string;
  input: ScoresRequest;
}): Promise<OwnReview> {
  const saved = await saveScores({ assignmentId, input });
  return apiRequest(
    'POST',
    `/api/reviewer/assignments/${encodeURIComponent(assignmentId)}/submit`,
    ownReviewSchema,
    { body: { version: saved.version } },
  );
}

export function useSaveScores() {
  return useMutation({ mutationFn: saveScores });
}

export function useSubmitReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveAndSubmit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKey }),
  });
}
