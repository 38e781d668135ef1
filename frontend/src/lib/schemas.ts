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
