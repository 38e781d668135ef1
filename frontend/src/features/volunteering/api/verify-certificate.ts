import { useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';
import { getCurrentLanguage } from '@/lib/i18n/i18n';
import { answers, type ApiResponse } from '@/lib/openapi';

export const verifiedCertificateSchema = answers<ApiResponse<'/api/certificates/{code}', 'get'>>()(
  z.object({
    code: z.string(),
    status: z.string(),
    volunteerName: z.string(),
    idNumberMasked: z.string(),
    organisationName: z.string(),
    issuedAt: z.string(),
    periodFrom: z.nullish(z.string()),
    periodTo: z.nullish(z.string()),
    totalMinutes: z.int(),
    records: z.array(z.object({ activity: z.string(), date: z.string(), minutes: z.int() })),
    revokedAt: z.nullish(z.string()),
  }),
);
export type VerifiedCertificate = z.infer<typeof verifiedCertificateSchema>;

/** Public: what a certificate says, for anyone holding its code (no sign-in). */
export function useVerifiedCertificate(code: string) {
  return useQuery({
    queryKey: ['certificates', code, getCurrentLanguage()],
    queryFn: ({ signal }) =>
      apiGet(`/api/certificates/${encodeURIComponent(code)}`, verifiedCertificateSchema, {
        signal,
      }),
  });
}
