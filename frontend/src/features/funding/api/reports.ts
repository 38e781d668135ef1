import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet, apiRequest, apiUpload } from '@/lib/api-client';

import { reportKey, reportsKey } from './keys';
import { attachmentSchema, reportDetailSchema, reportSummarySchema } from './schemas';

const base = (organisationId: string) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/reports`;

export type ReportSave = {
  narrative: string;
  indicators: { indicatorId: number; value: number | null }[];
  budget: { category: string; actualFen: number | null; explanation: string }[];
  version: number;
};

export const REPORT_FIELDS = ['narrative', 'indicators', 'budget', 'trancheId'] as const;

export function useReports(organisationId: string) {
  return useQuery(
    queryOptions({
      queryKey: reportsKey(organisationId),
      queryFn: ({ signal }) =>
        apiGet(base(organisationId), z.array(reportSummarySchema), { signal }),
    }),
  );
}

export function useReport(organisationId: string, reportId: string) {
  return useQuery(
    queryOptions({
      queryKey: reportKey(organisationId, reportId),
      queryFn: ({ signal }) =>
        apiGet(`${base(organisationId)}/${encodeURIComponent(reportId)}`, reportDetailSchema, {
          signal,
        }),
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    }),
  );
}

export function useSaveReport(organisationId: string, reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportSave) =>
      apiRequest(
        'PUT',
        `${base(organisationId)}/${encodeURIComponent(reportId)}`,
        reportDetailSchema,
        {
          body,
        },
      ),
    onSuccess: (detail) => queryClient.setQueryData(reportKey(organisationId, reportId), detail),
  });
}

export function useSubmitReport(organisationId: string, reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number }) =>
      apiRequest(
        'POST',
        `${base(organisationId)}/${encodeURIComponent(reportId)}/submit`,
        reportDetailSchema,
        { body },
      ),
    onSuccess: (detail) => {
      queryClient.setQueryData(reportKey(organisationId, reportId), detail);
      void queryClient.invalidateQueries({ queryKey: reportsKey(organisationId), exact: true });
    },
  });
}

export function useUploadReportAttachment(organisationId: string, reportId: string) {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return apiUpload(
        `${base(organisationId)}/${encodeURIComponent(reportId)}/attachments`,
        form,
        attachmentSchema,
      );
    },
  });
}
