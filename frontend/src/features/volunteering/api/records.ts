import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet, apiRequest } from '@/lib/api-client';
import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';
import { answers, type ApiBody, type ApiResponse } from '@/lib/openapi';

export const serviceRecordSchema = z.object({
  id: z.number(),
  activity: z.string(),
  organisationId: z.number(),
  organisationName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.nullish(z.string()),
  minutes: z.int(),
  content: z.nullish(z.string()),
  evaluation: z.nullish(z.string()),
  status: z.string(),
  version: z.number(),
  recordedAt: z.nullish(z.string()),
});
export type ServiceRecord = z.infer<typeof serviceRecordSchema>;

export const myRecordsSchema = answers<ApiResponse<'/api/volunteer/records', 'get'>>()(
  z.object({
    items: z.array(serviceRecordSchema),
    totalMinutes: z.int(),
  }),
);
export type MyRecords = z.infer<typeof myRecordsSchema>;

export const recordVersionSchema = z.object({
  version: z.number(),
  minutes: z.int(),
  content: z.nullish(z.string()),
  evaluation: z.nullish(z.string()),
  status: z.nullish(z.string()),
  reason: z.nullish(z.string()),
  recordedAt: z.nullish(z.string()),
  recordedBy: z.nullish(z.string()),
});
export const recordHistorySchema = answers<
  ApiResponse<'/api/volunteer/records/{recordId}/history', 'get'>
>()(z.array(recordVersionSchema));
export type RecordVersion = z.infer<typeof recordVersionSchema>;

export const certificateSchema = z.object({
  code: z.string(),
  organisationName: z.string(),
  issuedAt: z.string(),
  totalMinutes: z.int(),
  status: z.string(),
  revokedAt: z.nullish(z.string()),
});
export type Certificate = z.infer<typeof certificateSchema>;
export const certificatesSchema = answers<ApiResponse<'/api/volunteer/certificates', 'get'>>()(
  z.array(certificateSchema),
);
const issuedCertificateSchema =
  answers<ApiResponse<'/api/volunteer/certificates', 'post'>>()(certificateSchema);

const recordsKey = [PRIVATE_QUERY_KEY, 'volunteer', 'records'] as const;
const certificatesKey = [PRIVATE_QUERY_KEY, 'volunteer', 'certificates'] as const;

export const getMyRecordsQueryOptions = () =>
  queryOptions({
    queryKey: recordsKey,
    queryFn: ({ signal }) => apiGet('/api/volunteer/records', myRecordsSchema, { signal }),
  });

export function useMyRecords() {
  return useQuery(getMyRecordsQueryOptions());
}

export function useRecordHistory(recordId: number, enabled: boolean) {
  return useQuery({
    queryKey: [...recordsKey, recordId, 'history'],
    queryFn: ({ signal }) =>
      apiGet(
        `/api/volunteer/records/${encodeURIComponent(String(recordId))}/history`,
        recordHistorySchema,
        { signal },
      ),
    enabled,
  });
}

export function useDisputeRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ recordId, reason }: { recordId: number; reason: string }) =>
      apiRequest(
        'POST',
        `/api/volunteer/records/${encodeURIComponent(String(recordId))}/disputes`,
        undefined,
        {
          body: { reason } satisfies ApiBody<'/api/volunteer/records/{recordId}/disputes', 'post'>,
        },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordsKey }),
  });
}

export function useMyCertificates() {
  return useQuery({
    queryKey: certificatesKey,
    queryFn: ({ signal }) => apiGet('/api/volunteer/certificates', certificatesSchema, { signal }),
  });
}

/** A certificate over all confirmed records of one organisation (`recordIds: null`) or the chosen ones. */
export function useRequestCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { organisationId: number; recordIds: number[] | null }) =>
      apiRequest('POST', '/api/volunteer/certificates', issuedCertificateSchema, {
        body: input satisfies ApiBody<'/api/volunteer/certificates', 'post'>,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificatesKey }),
  });
}

export function certificatePdfUrl(code: string): string {
  return `/api/volunteer/certificates/${encodeURIComponent(code)}.pdf`;
}
