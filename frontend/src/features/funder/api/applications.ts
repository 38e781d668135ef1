import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

import { apiGet, apiRequest } from '@/lib/api-client';
import type { ApiBody } from '@/lib/openapi';

import { orgPath } from './base';
import { callKey } from './keys';
import { applicationDetailSchema, applicationSummarySchema, pageOf } from './schemas';

const applicationsPageSchema = pageOf(applicationSummarySchema);

export type ApplicationFilter = { stage?: string; status?: string; page: number };

/** The applications to a call (never drafts); `page` is 0-based. */
export function getCallApplications(
  organisationId: string,
  callId: string,
  { stage, status, page }: ApplicationFilter,
  { signal }: { signal?: AbortSignal } = {},
) {
  return apiGet(orgPath(organisationId, 'calls', callId, 'applications'), applicationsPageSchema, {
    params: { stage, status, page },
    signal,
  });
}

export function useCallApplications(
  organisationId: string,
  callId: string,
  filter: ApplicationFilter,
) {
  return useQuery(
    queryOptions({
      queryKey: [
        ...callKey(organisationId, callId),
        'applications',
        filter.stage ?? '',
        filter.status ?? '',
        filter.page,
      ],
      queryFn: ({ signal }) => getCallApplications(organisationId, callId, filter, { signal }),
      placeholderData: keepPreviousData,
      staleTime: 0,
    }),
  );
}

export function useCallApplication(organisationId: string, callId: string, applicationId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...callKey(organisationId, callId), 'application', applicationId],
      queryFn: ({ signal }) =>
        apiGet(
          orgPath(organisationId, 'calls', callId, 'applications', applicationId),
          applicationDetailSchema,
          { signal },
        ),
      staleTime: 0,
    }),
  );
}

/** Two-stage calls: a submitted concept note is shortlisted (a full proposal follows) or rejected. */
export function decideApplication({
  organisationId,
  callId,
  applicationId,
  decision,
  reason,
}: {
  organisationId: string;
  callId: string;
  applicationId: number;
  decision: 'shortlist' | 'reject';
  reason?: string;
}): Promise<void> {
  return apiRequest(
    'POST',
    orgPath(organisationId, 'calls', callId, 'applications', applicationId, decision),
    undefined,
    decision === 'reject'
      ? {
          body: { reason: reason ?? '' } satisfies ApiBody<
            '/api/organisations/{organisationId}/calls/{callId}/applications/{id}/reject',
            'post'
          >,
        }
      : {},
  );
}

export function useDecideApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideApplication,
    onSuccess: (_, { organisationId, callId }) =>
      queryClient.invalidateQueries({ queryKey: callKey(organisationId, callId) }),
  });
}
