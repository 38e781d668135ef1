import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet, apiRequest } from '@/lib/api-client';

import { orgPath } from './base';
import { reportsKey } from './keys';
import { reportDetailSchema, reportSummarySchema } from './schemas';

export type ReportFilter = 'submitted' | 'overdue' | 'all';

/** Reports of the funder's awards: submitted (to decide), overdue, or all. */
export function useFundedReports(organisationId: string, status: ReportFilter) {
  return useQuery(
    queryOptions({
      queryKey: [...reportsKey(organisationId), 'list', status],
      queryFn: ({ signal }) =>
        apiGet(orgPath(organisationId, 'funded-reports'), z.array(reportSummarySchema), {
          params: { status },
          signal,
        }),
      staleTime: 0,
    }),
  );
}

export function useFundedReport(organisationId: string, reportId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...reportsKey(organisationId), reportId],
      queryFn: ({ signal }) =>
        apiGet(orgPath(organisationId, 'funded-reports', reportId), reportDetailSchema, {
          signal,
        }),
      staleTime: 0,
    }),
  );
}

/** Approve (the tranche it unlocks becomes payable) or return with comments. */
export function decideReport({
  organisationId,
  reportId,
  decision,
}: {
  organisationId: string;
  reportId: number;
  decision: { action: 'approve' } | { action: 'return'; comment: string };
}): Promise<void> {
  return apiRequest(
    'POST',
    orgPath(organisationId, 'funded-reports', reportId, decision.action),
    undefined,
    decision.action === 'return' ? { body: { comment: decision.comment } } : {},
  );
}

export function useDecideReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideReport,
    onSuccess: (_, { organisationId }) =>
      queryClient.invalidateQueries({ queryKey: reportsKey(organisationId) }),
  });
}
