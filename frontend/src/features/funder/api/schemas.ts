import * as z from 'zod/mini';

import { answers, type ApiResponse, type Item } from '@/lib/openapi';
import {
  attachmentSchema,
  budgetLineSchema,
  callEligibilitySchema,
  callSectionSchema,
  callTrancheRuleSchema,
  indicatorSchema,
  matchingAwardSchema,
  paymentSchema as paymentBaseSchema,
  reportDetailSchema,
  reportSummarySchema,
  trancheBaseSchema,
} from '@/lib/schemas';

// The funder's side of the funding API (docs/design/issue-9-contract.md, "HTTP API"). The schemas
// read only what the pages show.

export { pageOf } from '@/lib/schemas';

export const callSummarySchema = answers<
  Item<ApiResponse<'/api/organisations/{organisationId}/calls', 'get'>['items']>
>()(
  z.object({
    id: z.number(),
    title: z.string(),
    status: z.string(),
    fundingType: z.nullish(z.string()),
    poolFen: z.number(),
    committedFen: z.nullish(z.number()),
    opensAt: z.nullish(z.string()),
    closesAt: z.nullish(z.string()),
    twoStage: z.nullish(z.boolean()),
    applicationCount: z.nullish(z.int()),
  }),
);
export type CallSummary = z.infer<typeof callSummarySchema>;

export { callSectionSchema };
export const callTrancheSchema = callTrancheRuleSchema;

export const callCriterionSchema = z.object({
  id: z.nullish(z.number()),
  seq: z.nullish(z.int()),
  name: z.string(),
  description: z.nullish(z.string()),
  weight: z.int(),
});

export const callDetailSchema = answers<
  ApiResponse<'/api/organisations/{organisationId}/calls/{id}', 'get'>
>()(
  z.object({
    id: z.number(),
    status: z.string(),
    state: z.nullish(z.string()),
    statusReason: z.nullish(z.string()),
    organisationId: z.number(),
    organisationName: z.nullish(z.string()),
    title: z.string(),
    description: z.nullish(z.string()),
    fundingType: z.string(),
    programme: z.nullish(z.string()),
    poolFen: z.number(),
    committedFen: z.nullish(z.number()),
    remainingFen: z.nullish(z.number()),
    maxAwardFen: z.number(),
    managementFeeCapBp: z.int(),
    eligibility: callEligibilitySchema,
    opensAt: z.string(),
    closesAt: z.string(),
    twoStage: z.boolean(),
    conceptClosesAt: z.nullish(z.string()),
    blindReview: z.boolean(),
    scoreMin: z.int(),
    scoreMax: z.int(),
    reportIntervalMonths: z.int(),
    sections: z.array(callSectionSchema),
    tranches: z.array(callTrancheSchema),
    criteria: z.array(callCriterionSchema),
    version: z.nullish(z.int()),
  }),
);
export type CallDetail = z.infer<typeof callDetailSchema>;

export const applicationSummarySchema = answers<
  Item<
    ApiResponse<'/api/organisations/{organisationId}/calls/{callId}/applications', 'get'>['items']
  >
>()(
  z.object({
    id: z.number(),
    organisationId: z.nullish(z.number()),
    organisationName: z.nullish(z.string()),
    projectId: z.nullish(z.number()),
    projectTitle: z.nullish(z.string()),
    stage: z.string(),
    status: z.string(),
    title: z.nullish(z.string()),
    requestedFen: z.number(),
    submittedAt: z.nullish(z.string()),
  }),
);
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;

export const applicationDetailSchema = answers<
  ApiResponse<'/api/organisations/{organisationId}/calls/{callId}/applications/{id}', 'get'>
>()(
  z.object({
    id: z.number(),
    callId: z.number(),
    callTitle: z.nullish(z.string()),
    organisationId: z.nullish(z.number()),
    organisationName: z.nullish(z.string()),
    projectId: z.nullish(z.number()),
    projectTitle: z.nullish(z.string()),
    stage: z.string(),
    status: z.string(),
    statusReason: z.nullish(z.string()),
    title: z.nullish(z.string()),
    need: z.nullish(z.string()),
    objectives: z.nullish(z.string()),
    activities: z.nullish(z.string()),
    beneficiaries: z.nullish(z.string()),
    beneficiaryCount: z.nullish(z.int()),
    periodFrom: z.nullish(z.string()),
    periodTo: z.nullish(z.string()),
    budgetLines: z.array(budgetLineSchema),
    indicators: z.array(indicatorSchema),
    requestedFen: z.number(),
    managementFeeFen: z.nullish(z.number()),
    managementFeeCapBp: z.nullish(z.int()),
    attachments: z.nullish(z.array(attachmentSchema)),
    submittedAt: z.nullish(z.string()),
  }),
);
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;

export const candidateSchema = z.object({
  accountId: z.number(),
  displayName: z.string(),
  source: z.string(),
});
export type Candidate = z.infer<typeof candidateSchema>;

export const assignmentSchema = z.object({
  assignmentId: z.number(),
  accountId: z.number(),
  displayName: z.string(),
  declaration: z.string(),
  submittedAt: z.nullish(z.string()),
  weightedScore: z.nullish(z.number()),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const rankingRowSchema = z.object({
  rank: z.nullish(z.int()),
  applicationId: z.number(),
  title: z.nullish(z.string()),
  organisationName: z.nullish(z.string()),
  requestedFen: z.number(),
  weightedScore: z.nullish(z.number()),
  spread: z.nullish(z.number()),
  reviewsSubmitted: z.int(),
  reviewsAssigned: z.int(),
  needsReassignment: z.boolean(),
  assignments: z.array(assignmentSchema),
});
export type RankingRow = z.infer<typeof rankingRowSchema>;

export const reviewSchema = z.object({
  assignmentId: z.number(),
  displayName: z.nullish(z.string()),
  declaration: z.nullish(z.string()),
  weightedScore: z.nullish(z.number()),
  comment: z.nullish(z.string()),
  submittedAt: z.nullish(z.string()),
  conflictReason: z.nullish(z.string()),
  scores: z.array(
    z.object({
      criterionId: z.number(),
      name: z.nullish(z.string()),
      weight: z.nullish(z.int()),
      score: z.nullish(z.number()),
      comment: z.nullish(z.string()),
    }),
  ),
});
export type Review = z.infer<typeof reviewSchema>;

export const paymentSchema = z.extend(paymentBaseSchema, {
  /** Whether the caller recorded it (four eyes), when the API says so. */
  recordedByMe: z.nullish(z.boolean()),
  recordedByAccountId: z.nullish(z.number()),
});
export type Payment = z.infer<typeof paymentSchema>;

export const trancheSchema = z.extend(trancheBaseSchema, { payments: z.array(paymentSchema) });
export type Tranche = z.infer<typeof trancheSchema>;

export const awardSchema = z.object({
  id: z.number(),
  callId: z.number(),
  callTitle: z.nullish(z.string()),
  funderOrganisationId: z.nullish(z.number()),
  funderName: z.nullish(z.string()),
  organisationId: z.nullish(z.number()),
  organisationName: z.nullish(z.string()),
  projectId: z.nullish(z.number()),
  projectTitle: z.nullish(z.string()),
  applicationId: z.number(),
  amountFen: z.number(),
  paidFen: z.number(),
  conditions: z.nullish(z.string()),
  status: z.string(),
  statusReason: z.nullish(z.string()),
  proposedAt: z.nullish(z.string()),
  decidedAt: z.nullish(z.string()),
  acceptedAt: z.nullish(z.string()),
  /** Who proposed it (four eyes), when the API says so. */
  proposedByMe: z.nullish(z.boolean()),
  proposedByAccountId: z.nullish(z.number()),
  matchedAwardId: z.nullish(z.number()),
  matchingAwards: z.nullish(z.array(matchingAwardSchema)),
  tranches: z.array(trancheSchema),
  version: z.nullish(z.int()),
});
export type Award = z.infer<typeof awardSchema>;

export const poolSchema = z.object({
  poolFen: z.number(),
  committedFen: z.number(),
  paidFen: z.number(),
  remainingFen: z.number(),
  matches: z.array(
    z.object({
      id: z.number(),
      organisationName: z.nullish(z.string()),
      capFen: z.number(),
      committedFen: z.number(),
      status: z.string(),
    }),
  ),
});
export type Pool = z.infer<typeof poolSchema>;

export const ledgerEntrySchema = z.object({
  id: z.number(),
  kind: z.string(),
  amountFen: z.number(),
  awardId: z.nullish(z.number()),
  trancheSeq: z.nullish(z.int()),
  paymentId: z.nullish(z.number()),
  organisationName: z.nullish(z.string()),
  recordedAt: z.string(),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

export { reportSummarySchema };
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export { reportDetailSchema };
export type ReportDetail = z.infer<typeof reportDetailSchema>;

export const matchSchema = z.object({
  id: z.number(),
  callId: z.number(),
  callTitle: z.nullish(z.string()),
  /** The funder whose awards are matched. */
  callFunderName: z.nullish(z.string()),
  organisationName: z.nullish(z.string()),
  capFen: z.number(),
  committedFen: z.nullish(z.number()),
  status: z.string(),
  statusReason: z.nullish(z.string()),
  proposedByMe: z.nullish(z.boolean()),
  proposedByAccountId: z.nullish(z.number()),
});
export type Match = z.infer<typeof matchSchema>;

export const publicCallSchema = z.object({
  id: z.number(),
  title: z.string(),
  organisationId: z.nullish(z.number()),
  organisationName: z.nullish(z.string()),
  state: z.nullish(z.string()),
});
export type PublicCall = z.infer<typeof publicCallSchema>;
