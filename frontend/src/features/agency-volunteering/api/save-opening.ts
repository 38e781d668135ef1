import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ApiBody } from '@/lib/openapi';

import { openingKey, openingsKey } from './keys';
import { openingDetailSchema, type OpeningDetail } from './schemas';

export type ShiftRequest = { date: string; start: string; end: string; capacity: number };

export type OpeningRequest = {
  projectId: number;
  title: string;
  description: string;
  regionCode: string;
  meetingPlace: string;
  targetGroups: string[];
  category: string;
  skills: string[];
  adultsOnly: boolean;
  screening: 'automatic' | 'approval';
  /** An instant with +08:00. */
  signupDeadline: string;
  contactName: string;
  contactPhone: string;
};

/** The request's fields as the server names them in a 400's `errors[].field`. */
export const OPENING_FIELDS = [
  'projectId',
  'title',
  'description',
  'regionCode',
  'meetingPlace',
  'targetGroups',
  'category',
  'skills',
  'adultsOnly',
  'screening',
  'signupDeadline',
  'contactName',
  'contactPhone',
  'shifts',
] as const;

const base = (organisationId: string) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/openings`;

/** A new opening (draft) with its first shifts. */
export function createOpening({
  organisationId,
  input,
}: {
  organisationId: string;
  input: OpeningRequest & { shifts: ShiftRequest[] };
}): Promise<OpeningDetail> {
  return apiRequest('POST', base(organisationId), openingDetailSchema, {
    body: input satisfies ApiBody<'/api/organisations/{organisationId}/openings', 'post'>,
  });
}

/** The opening's fields (not its shifts); `version` is the one the user edited. */
export function updateOpening({
  organisationId,
  openingId,
  input,
}: {
  organisationId: string;
  openingId: string;
  input: OpeningRequest & { version: number | null };
}): Promise<OpeningDetail> {
  return apiRequest(
    'PUT',
    `${base(organisationId)}/${encodeURIComponent(openingId)}`,
    openingDetailSchema,
    { body: input satisfies ApiBody<'/api/organisations/{organisationId}/openings/{id}', 'put'> },
  );
}

export function useCreateOpening() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOpening,
    onSuccess: (_, { organisationId }) =>
      queryClient.invalidateQueries({ queryKey: openingsKey(organisationId) }),
  });
}

export function useUpdateOpening() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOpening,
    onSuccess: (opening, { organisationId, openingId }) => {
      queryClient.setQueryData(openingKey(organisationId, openingId), opening);
      return queryClient.invalidateQueries({ queryKey: openingsKey(organisationId) });
    },
  });
}
