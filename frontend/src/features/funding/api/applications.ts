import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet, apiRequest, apiUpload } from '@/lib/api-client';

import { agencyFundingKey, applicationKey, applicationsKey } from './keys';
import {
  applicationDetailSchema,
  applicationSummarySchema,
  attachmentSchema,
  ownProjectSchema,
  pageOf,
  type ApplicationDetail,
} from './schemas';

const base = (organisationId: string) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/applications`;

/** The autosave body (a draft may be incomplete); money in fen, computed totals stay the server's. */
export type ApplicationSave = {
  projectId: number | null;
  title: string;
  need: string;
  objectives: string;
  activities: string;
  beneficiaries: string;
  beneficiaryCount: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  budgetLines: { category: string; description: string; amountFen: number }[];
  indicators: { id?: number | null; name: string; unit: string; target: number | null }[];
  version: number;
};

/** The fields of the save and the submission as the server names them in a 400. */
export const APPLICATION_FIELDS = [
  'projectId',
  'title',
  'need',
  'objectives',
  'activities',
  'beneficiaries',
  'beneficiaryCount',
  'periodFrom',
  'periodTo',
  'budgetLines',
  'indicators',
  'organisationId',
  'closesAt',
] as const;

export function useApplications(organisationId: string) {
  return useQuery(
    queryOptions({
      queryKey: applicationsKey(organisationId),
      queryFn: ({ signal }) =>
        apiGet(base(organisationId), pageOf(applicationSummarySchema), {
          params: { size: 100 },
          signal,
        }),
    }),
  );
}

export function useApplication(organisationId: string, applicationId: string) {
  return useQuery(
    queryOptions({
      queryKey: applicationKey(organisationId, applicationId),
      queryFn: ({ signal }) =>
        apiGet(
          `${base(organisationId)}/${encodeURIComponent(applicationId)}`,
          applicationDetailSchema,
          { signal },
        ),
      // the editor owns the form once loaded; a background refetch must not overwrite typing
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    }),
  );
}

export function saveApplication(
  organisationId: string,
  applicationId: string,
  body: ApplicationSave,
): Promise<ApplicationDetail> {
  return apiRequest(
    'PUT',
    `${base(organisationId)}/${encodeURIComponent(applicationId)}`,
    applicationDetailSchema,
    { body },
  );
}

export function fetchApplication(organisationId: string, applicationId: string) {
  return apiGet(
    `${base(organisationId)}/${encodeURIComponent(applicationId)}`,
    applicationDetailSchema,
  );
}

function useApplicationAction<Body>(
  organisationId: string,
  applicationId: string,
  action: 'submit' | 'withdraw',
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) =>
      apiRequest(
        'POST',
        `${base(organisationId)}/${encodeURIComponent(applicationId)}/${action}`,
        applicationDetailSchema,
        { body },
      ),
    onSuccess: (detail) => {
      queryClient.setQueryData(applicationKey(organisationId, applicationId), detail);
      void queryClient.invalidateQueries({
        queryKey: applicationsKey(organisationId),
        exact: true,
      });
    },
  });
}

export const useSubmitApplication = (organisationId: string, applicationId: string) =>
  useApplicationAction<{ version: number }>(organisationId, applicationId, 'submit');
export const useWithdrawApplication = (organisationId: string, applicationId: string) =>
  useApplicationAction<{ reason: string }>(organisationId, applicationId, 'withdraw');

export function useUploadAttachment(organisationId: string, applicationId: string) {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return apiUpload(
        `${base(organisationId)}/${encodeURIComponent(applicationId)}/attachments`,
        form,
        attachmentSchema,
      );
    },
  });
}

export function useDeleteAttachment(organisationId: string, applicationId: string) {
  return useMutation({
    mutationFn: (attachmentId: number) =>
      apiRequest(
        'DELETE',
        `${base(organisationId)}/${encodeURIComponent(applicationId)}/attachments/${attachmentId}`,
      ),
  });
}

export const attachmentUrl = (
  organisationId: string,
  applicationId: string,
  attachmentId: number,
) => `${base(organisationId)}/${encodeURIComponent(applicationId)}/attachments/${attachmentId}`;

/** The organisation's projects, one of which the application is for. */
export function useOwnProjects(organisationId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...agencyFundingKey(organisationId), 'projects'],
      queryFn: ({ signal }) =>
        apiGet(
          `/api/organisations/${encodeURIComponent(organisationId)}/projects`,
          z.array(ownProjectSchema),
          { signal },
        ),
    }),
  );
}
