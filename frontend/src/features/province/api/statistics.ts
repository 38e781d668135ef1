import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';
import { getCurrentLanguage } from '@/lib/i18n/i18n';
import { answers, type ApiResponse } from '@/lib/openapi';

import type { Measure } from '../utils/measures';

const figureSchema = z.object({ value: z.number(), link: z.string() });

export const headlineSchema = answers<ApiResponse<'/api/statistics/headline', 'get'>>()(
  z.object({
    verifiedOrganisations: figureSchema,
    publishedProjects: figureSchema,
    volunteers: figureSchema,
    confirmedHours: figureSchema,
    awardedFen: figureSchema,
    paidFen: figureSchema,
    publishedStories: figureSchema,
  }),
);
export type Headline = z.infer<typeof headlineSchema>;

export const prefectureMapSchema = answers<ApiResponse<'/api/statistics/prefectures', 'get'>>()(
  z.object({
    measure: z.string(),
    max: z.number(),
    prefectures: z.array(z.object({ code: z.string(), name: z.string(), value: z.number() })),
  }),
);
export type PrefectureMap = z.infer<typeof prefectureMapSchema>;

const regionFiguresSchema = z.object({
  code: z.string(),
  name: z.string(),
  projects: z.number(),
  confirmedHours: z.number(),
  awardedFen: z.number(),
  stories: z.number(),
});
export type RegionFigures = z.infer<typeof regionFiguresSchema>;

export const prefectureDetailSchema = answers<
  ApiResponse<'/api/statistics/prefectures/{code}', 'get'>
>()(
  z.object({
    prefecture: regionFiguresSchema,
    prefectureLevel: z.nullish(regionFiguresSchema),
    counties: z.array(regionFiguresSchema),
  }),
);
export type PrefectureDetail = z.infer<typeof prefectureDetailSchema>;

export function useHeadline() {
  return useQuery(
    queryOptions({
      queryKey: ['statistics', 'headline'],
      queryFn: ({ signal }) => apiGet('/api/statistics/headline', headlineSchema, { signal }),
    }),
  );
}

export function usePrefectureMap(measure: Measure) {
  return useQuery(
    queryOptions({
      queryKey: ['statistics', 'prefectures', measure, getCurrentLanguage()],
      queryFn: ({ signal }) =>
        apiGet('/api/statistics/prefectures', prefectureMapSchema, {
          params: { measure },
          signal,
        }),
    }),
  );
}

export function usePrefectureDetail(code: string | undefined) {
  return useQuery(
    queryOptions({
      queryKey: ['statistics', 'prefecture', code],
      queryFn: ({ signal }) =>
        apiGet(
          `/api/statistics/prefectures/${encodeURIComponent(code ?? '')}`,
          prefectureDetailSchema,
          { signal },
        ),
      enabled: Boolean(code),
    }),
  );
}
