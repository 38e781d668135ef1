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
