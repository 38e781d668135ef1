import * as z from 'zod/mini';

import { answers, type ApiResponse } from '@/lib/openapi';
import {
  attachmentSchema,
  budgetLineSchema,
  callEligibilitySchema,
  callSectionSchema,
  callTrancheRuleSchema,
  facetCountSchema,
  indicatorSchema,
  matchingAwardSchema,
  pageOf,
  paymentSchema,
  regionCountSchema,
  reportDetailSchema,
  reportSummarySchema,
  searchPageOf,
  trancheBaseSchema,
} from '@/lib/schemas';

// The answers of the funding API (docs/design/issue-9-contract.md) as far as these pages read
// them. Money is integer fen, instants are ISO-8601 with +08:00, days are YYYY-MM-DD.

const fen = z.int();

export const callHitSchema = z.object({
  id: z.number(),
  title: z.string(),
  titleHighlighted: z.nullish(z.string()),
  descriptionHighlighted: z.nullish(z.union([z.string(), z.array(z.string())])),
  organisationId: z.number(),
  organisationName: z.string(),
  fundingType: z.string(),
  programme: z.nullish(z.string()),
  regionCode: z.string(),
  regionPath: z.nullish(z.string()),
  targetGroups: z.array(z.string()),
  poolFen: fen,
  maxAwardFen: fen,
  opensAt: z.string(),
  closesAt: z.string(),
  conceptClosesAt: z.nullish(z.string()),
  twoStage: z.boolean(),
  state: z.string(),
});
export type CallHit = z.infer<typeof callHitSchema>;

export const callSearchSchema = searchPageOf(callHitSchema, {
  region: z.array(regionCountSchema),
  targetGroup: z.array(facetCountSchema),
  fundingType: z.array(facetCountSchema),
  programme: z.array(facetCountSchema),
});
export type CallSearch = z.infer<typeof callSearchSchema>;

export const sectionSchema = callSectionSchema;
export type CallSection = z.infer<typeof sectionSchema>;

export const trancheRuleSchema = callTrancheRuleSchema;

export const criterionSchema = z.object({
  id: z.number(),
  seq: z.int(),
  name: z.string(),
  description: z.nullish(z.string()),
  weight: z.int(),
});

export const callDetailSchema = answers<ApiResponse<'/api/calls/{id}', 'get'>>()(
  z.object({
    id: z.number(),
    status: z.string(),
    state: z.nullish(z.string()),
    organisationId: z.number(),
    organisationName: z.string(),
    title: z.string(),
    description: z.nullish(z.string()),
    fundingType: z.string(),
    programme: z.nullish(z.string()),
    poolFen: fen,
    committedFen: fen,
    remainingFen: fen,
    maxAwardFen: fen,
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
    sections: z.array(sectionSchema),
    tranches: z.array(trancheRuleSchema),
    criteria: z.array(criterionSchema),
  }),
);
export type CallDetail = z.infer<typeof callDetailSchema>;

export const eligibilitySchema = answers<ApiResponse<'/api/calls/{id}/eligibility', 'get'>>()(
  z.object({
    eligible: z.boolean(),
    checks: z.array(z.object({ rule: z.string(), ok: z.boolean(), message: z.string() })),
  }),
);
export type Eligibility = z.infer<typeof eligibilitySchema>;

export { attachmentSchema };
export type Attachment = z.infer<typeof attachmentSchema>;

export const applicationSummarySchema = z.object({
  id: z.number(),
  callId: z.number(),
  callTitle: z.string(),
  funderName: z.nullish(z.string()),
  stage: z.string(),
  status: z.string(),
  title: z.nullish(z.string()),
  requestedFen: fen,
  closesAt: z.nullish(z.string()),
  updatedAt: z.nullish(z.string()),
  submittedAt: z.nullish(z.string()),
  awardId: z.nullish(z.number()),
  version: z.number(),
});
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;

export { pageOf };

export { budgetLineSchema, indicatorSchema };

export const applicationDetailSchema = z.object({
  id: z.number(),
  callId: z.number(),
  callTitle: z.string(),
  organisationId: z.number(),
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
  requestedFen: fen,
  managementFeeFen: fen,
  managementFeeCapBp: z.nullish(z.int()),
  attachments: z.nullish(z.array(attachmentSchema)),
  submittedAt: z.nullish(z.string()),
  updatedAt: z.nullish(z.string()),
  version: z.number(),
});
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;

export const trancheSchema = z.extend(trancheBaseSchema, {
  payments: z.nullish(z.array(paymentSchema)),
});

export const awardDetailSchema = z.object({
  id: z.number(),
  callId: z.number(),
  callTitle: z.nullish(z.string()),
  funderOrganisationId: z.nullish(z.number()),
  funderName: z.nullish(z.string()),
  organisationId: z.number(),
  organisationName: z.nullish(z.string()),
  projectId: z.nullish(z.number()),
  projectTitle: z.nullish(z.string()),
  applicationId: z.nullish(z.number()),
  amountFen: fen,
  paidFen: fen,
  conditions: z.nullish(z.string()),
  status: z.string(),
  statusReason: z.nullish(z.string()),
  proposedAt: z.nullish(z.string()),
  decidedAt: z.nullish(z.string()),
  acceptedAt: z.nullish(z.string()),
  matchedAwardId: z.nullish(z.number()),
  matchingAwards: z.nullish(z.array(matchingAwardSchema)),
  tranches: z.array(trancheSchema),
  version: z.number(),
});
export type AwardDetail = z.infer<typeof awardDetailSchema>;

export { reportSummarySchema };
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export { reportDetailSchema };
export type ReportDetail = z.infer<typeof reportDetailSchema>;

export const callDisclosureSchema = z.object({
  call: z.object({
    id: z.number(),
    title: z.string(),
    organisationName: z.string(),
    fundingType: z.nullish(z.string()),
    poolFen: fen,
    committedFen: fen,
    paidFen: fen,
    remainingFen: fen,
  }),
  awards: pageOf(
    z.object({
      awardId: z.number(),
      organisationId: z.nullish(z.number()),
      organisationName: z.string(),
      projectId: z.nullish(z.number()),
      projectTitle: z.nullish(z.string()),
      amountFen: fen,
      paidFen: fen,
      approvedOn: z.nullish(z.string()),
      matchedAwardId: z.nullish(z.number()),
    }),
  ),
  payments: pageOf(
    z.object({
      paymentId: z.number(),
      awardId: z.number(),
      organisationName: z.nullish(z.string()),
      trancheSeq: z.nullish(z.int()),
      amountFen: fen,
      paidOn: z.nullish(z.string()),
    }),
  ),
});
export type CallDisclosure = z.infer<typeof callDisclosureSchema>;

export const projectDisclosureSchema = z.object({
  project: z.object({ id: z.number(), title: z.string(), organisationName: z.nullish(z.string()) }),
  sources: z.array(
    z.object({
      funderName: z.string(),
      callId: z.nullish(z.number()),
      callTitle: z.nullish(z.string()),
      fundingType: z.nullish(z.string()),
      awardedFen: fen,
      paidFen: fen,
      matchedAwardId: z.nullish(z.number()),
    }),
  ),
  tranches: z.array(
    z.object({
      awardId: z.number(),
      funderName: z.nullish(z.string()),
      seq: z.int(),
      amountFen: fen,
      paidFen: fen,
      status: z.string(),
      paidOn: z.nullish(z.string()),
    }),
  ),
  budgetActual: z.array(
    z.object({ category: z.string(), budgetFen: fen, actualFen: z.nullish(fen) }),
  ),
  reports: z.array(
    z.object({
      kind: z.string(),
      seq: z.int(),
      periodFrom: z.nullish(z.string()),
      periodTo: z.nullish(z.string()),
      approvedOn: z.nullish(z.string()),
    }),
  ),
});
export type ProjectDisclosure = z.infer<typeof projectDisclosureSchema>;

export const ownProjectSchema = z.object({ id: z.number(), title: z.string(), status: z.string() });
