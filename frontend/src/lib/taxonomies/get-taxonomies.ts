import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';
import type { Language } from '@/lib/i18n/i18n';
import { answers, type ApiResponse } from '@/lib/openapi';

// Reference data used by several features, so it lives in lib (features never import each other).
const taxonomyItemSchema = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });
export type TaxonomyItem = z.infer<typeof taxonomyItemSchema>;
/** A skill: `kind` is `service` or `language` (the minority languages spoken in Yunnan). */
const skillSchema = z.extend(taxonomyItemSchema, { kind: z.string() });
export type Skill = z.infer<typeof skillSchema>;

export const taxonomiesSchema = answers<ApiResponse<'/api/taxonomies', 'get'>>()(
  z.object({
    serviceCategories: z.array(taxonomyItemSchema),
    targetGroups: z.array(taxonomyItemSchema),
    fundingTypes: z.array(taxonomyItemSchema),
    programmes: z.array(taxonomyItemSchema),
    // Since issue 8 (volunteers and openings); optional so that an older backend still answers.
    skills: z.optional(z.array(skillSchema)),
    // Since issue 9 (budget lines of funding applications and reports); exactly one is the
    // management fee, whose share a call caps.
    budgetCategories: z.optional(
      z.array(z.extend(taxonomyItemSchema, { managementFee: z.boolean() })),
    ),
  }),
);
export type Taxonomies = z.infer<typeof taxonomiesSchema>;

export function getTaxonomies({ signal }: { signal?: AbortSignal } = {}): Promise<Taxonomies> {
  return apiGet('/api/taxonomies', taxonomiesSchema, { signal });
}

export const getTaxonomiesQueryOptions = () =>
  queryOptions({
    queryKey: ['taxonomies'],
    queryFn: ({ signal }) => getTaxonomies({ signal }),
    staleTime: 60 * 60_000,
  });

export function useTaxonomies() {
  return useQuery(getTaxonomiesQueryOptions());
}

export function taxonomyName(
  items: readonly TaxonomyItem[] | undefined,
  code: string | null | undefined,
  language: Language,
): string {
  if (!code) return '';
  const item = items?.find((candidate) => candidate.code === code);
  if (!item) return code;
  return language === 'en' ? item.nameEn : item.nameZh;
}
