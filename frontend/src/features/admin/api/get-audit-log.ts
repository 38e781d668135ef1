import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet } from '@/lib/api-client';
import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';
import { answers, type ApiResponse } from '@/lib/openapi';

export const AUDIT_ACTIONS = [
  'account.signup',
  'account.login-failed',
  'account.password-changed',
  'account.password-reset',
  'account.roles-changed',
  'organisation.created',
  'organisation.submitted',
  'organisation.verified',
  'organisation.rejected',
  'organisation.suspended',
  'organisation.reinstated',
  'member.invited',
  'member.joined',
  'member.removed',
  'member.ownership-transferred',
  'project.published',
  'project.closed',
] as const;
export const AUDIT_OBJECT_TYPES = ['account', 'organisation', 'project'] as const;
export const AUDIT_PAGE_SIZE = 50;

const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.nullish(z.number()),
  actorName: z.nullish(z.string()),
  action: z.string(),
  objectType: z.nullish(z.string()),
  objectId: z.nullish(z.string()),
  detail: z.nullish(z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = answers<ApiResponse<'/api/admin/audit', 'get'>>()(
  z.object({ total: z.int(), items: z.array(auditEntrySchema) }),
);
export type AuditPage = z.infer<typeof auditPageSchema>;

export type AuditFilter = {
  action?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
};

/** URL pages are 1-based; the API's 0-based. Dates are sent as the user picked them (yyyy-mm-dd). */
export function toAuditParams(filter: AuditFilter) {
  return {
    action: filter.action,
    objectType: filter.objectType,
    objectId: filter.objectId,
    from: filter.from,
    to: filter.to,
    page: filter.page - 1,
    size: AUDIT_PAGE_SIZE,
  };
}

export function getAuditLog(filter: AuditFilter, { signal }: { signal?: AbortSignal } = {}) {
  return apiGet('/api/admin/audit', auditPageSchema, { params: toAuditParams(filter), signal });
}

export const getAuditLogQueryOptions = (filter: AuditFilter) =>
  queryOptions({
    queryKey: [PRIVATE_QUERY_KEY, 'admin', 'audit', toAuditParams(filter)],
    queryFn: ({ signal }) => getAuditLog(filter, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useAuditLog(filter: AuditFilter) {
  return useQuery(getAuditLogQueryOptions(filter));
}
