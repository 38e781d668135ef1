import * as z from 'zod/mini';

// Answer shapes several features read (no feature imports another's).

/** A page of a list: `{ items, total, page, size }` (pages from 0). */
export const pageOf = <Item extends z.ZodMiniType>(item: Item) =>
  z.object({ items: z.array(item), total: z.int(), page: z.int(), size: z.int() });

/** A funding call's application section, as the funder writes it and the applicant reads it. */
export const callSectionSchema = z.object({
  code: z.string(),
  required: z.boolean(),
  guidance: z.nullish(z.string()),
  maxChars: z.int(),
});

/** A funding call's tranche rule: its share in basis points and when its report is due. */
export const callTrancheRuleSchema = z.object({
  seq: z.int(),
  shareBp: z.int(),
  reportDueOn: z.nullish(z.string()),
});

/** A facet's value and how many results have it. */
export const facetCountSchema = z.object({ code: z.string(), count: z.int() });

/** A region facet's value, with the region's name when the search knows it. */
export const regionCountSchema = z.extend(facetCountSchema, { name: z.nullish(z.string()) });

/**
 * A page of a search's results: `{ items, total, loose, page, size, facets }`, `loose` when the
 * keywords as typed found nothing and close matches are shown instead.
 */
export const searchPageOf = <Item extends z.ZodMiniType, Facets extends z.core.$ZodLooseShape>(
  item: Item,
  facets: Facets,
) =>
  z.object({
    items: z.array(item),
    total: z.int(),
    /** Close matches, shown because the keywords as typed found nothing. */
    loose: z.optional(z.boolean()),
    page: z.int(),
    size: z.int(),
    facets: z.object(facets),
  });

// The funding API's shapes that the applying agency and the funder both read (the server answers
// both with the same records).

/** Money: whole fen. */
const fen = z.int();

/** A file attached to an application or a report. */
export const attachmentSchema = z.object({
  id: z.number(),
  filename: z.string(),
  contentType: z.nullish(z.string()),
  sizeBytes: z.nullish(z.number()),
});

/** Who may apply to a funding call. */
export const callEligibilitySchema = z.object({
  regionCode: z.string(),
  regionPath: z.nullish(z.string()),
  regionBasis: z.string(),
  subtypes: z.array(z.string()),
  targetGroups: z.array(z.string()),
  minSocialWorkers: z.int(),
});

/** An application's budget line. */
export const budgetLineSchema = z.object({
  category: z.string(),
  description: z.nullish(z.string()),
  amountFen: fen,
});

/** An application's indicator and its target. */
export const indicatorSchema = z.object({
  id: z.nullish(z.number()),
  name: z.string(),
  unit: z.nullish(z.string()),
  target: z.nullish(z.union([z.number(), z.string()])),
});

/** A payment of an award's tranche. */
export const paymentSchema = z.object({
  id: z.number(),
  amountFen: fen,
  externalReference: z.nullish(z.string()),
  paidOn: z.nullish(z.string()),
  status: z.string(),
  recordedAt: z.nullish(z.string()),
  decidedAt: z.nullish(z.string()),
});

/** An award's tranche, without its payments. */
export const trancheBaseSchema = z.object({
  id: z.number(),
  seq: z.int(),
  amountFen: fen,
  paidFen: fen,
  status: z.string(),
  reportDueOn: z.nullish(z.string()),
});

/** An award that matches this one (a matching fund's share). */
export const matchingAwardSchema = z.object({
  id: z.number(),
  funderName: z.nullish(z.string()),
  amountFen: fen,
  status: z.string(),
});

/** A report in a list: the agency's own, or the funder's with the agency's name. */
export const reportSummarySchema = z.object({
  id: z.number(),
  awardId: z.number(),
  callTitle: z.nullish(z.string()),
  funderName: z.nullish(z.string()),
  organisationName: z.nullish(z.string()),
  projectTitle: z.nullish(z.string()),
  kind: z.string(),
  seq: z.int(),
  periodFrom: z.nullish(z.string()),
  periodTo: z.nullish(z.string()),
  dueOn: z.nullish(z.string()),
  status: z.string(),
  trancheSeq: z.nullish(z.int()),
  overdue: z.nullish(z.boolean()),
});

/** A report: its narrative, indicators against their targets, budget against actual. */
export const reportDetailSchema = z.extend(reportSummarySchema, {
  narrative: z.nullish(z.string()),
  indicators: z.array(
    z.object({
      indicatorId: z.number(),
      name: z.string(),
      unit: z.nullish(z.string()),
      target: z.nullish(z.union([z.number(), z.string()])),
      value: z.nullish(z.union([z.number(), z.string()])),
    }),
  ),
  budget: z.array(
    z.object({
      category: z.string(),
      budgetFen: fen,
      actualFen: z.nullish(fen),
      explanation: z.nullish(z.string()),
      explanationRequired: z.nullish(z.boolean()),
    }),
  ),
  attachments: z.nullish(z.array(attachmentSchema)),
  returnComment: z.nullish(z.string()),
  version: z.number(),
});
