import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';
import { getCurrentLanguage } from '@/lib/i18n/i18n';
import { answers, type ApiResponse } from '@/lib/openapi';

export const shiftSchema = z.object({
  id: z.number(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.int(),
  confirmed: z.int(),
  free: z.int(),
  waitlisted: z.int(),
  status: z.string(),
});
export type Shift = z.infer<typeof shiftSchema>;

export const openingDetailSchema = answers<ApiResponse<'/api/openings/{id}', 'get'>>()(
  z.object({
    id: z.number(),
    status: z.string(),
    organisationId: z.number(),
    organisationName: z.string(),
    projectId: z.number(),
    projectTitle: z.nullish(z.string()),
    title: z.string(),
    description: z.string(),
    regionCode: z.string(),
    regionPath: z.string(),
    meetingPlace: z.string(),
    targetGroups: z.array(z.string()),
    category: z.nullish(z.string()),
    skills: z.array(z.string()),
    adultsOnly: z.boolean(),
    screening: z.string(),
    signupDeadline: z.nullish(z.string()),
    contactName: z.nullish(z.string()),
    contactPhone: z.nullish(z.string()),
    shifts: z.array(shiftSchema),
  }),
);
export type OpeningDetail = z.infer<typeof openingDetailSchema>;

export function getOpening(
  id: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<OpeningDetail> {
  return apiGet(`/api/openings/${encodeURIComponent(id)}`, openingDetailSchema, { signal });
}

export const openingKey = (id: string) => ['openings', id] as const;

export const getOpeningQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...openingKey(id), getCurrentLanguage()],
    queryFn: ({ signal }) => getOpening(id, { signal }),
  });

export function useOpening(id: string) {
  return useQuery(getOpeningQueryOptions(id));
}

/** The public `.ics` of one shift (a download link, not fetched by the SPA). */
export function shiftIcsUrl(shiftId: number): string {
  return `/api/shifts/${encodeURIComponent(String(shiftId))}.ics`;
}
