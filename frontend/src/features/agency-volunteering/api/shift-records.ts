import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiGet, apiRequest } from '@/lib/api-client';
import type { ApiBody } from '@/lib/openapi';

import { shiftKey } from './keys';
import { shiftRecordSchema, type ShiftRecord } from './schemas';

const recordsSchema = z.array(shiftRecordSchema);

const recordsPath = (organisationId: string, shiftId: string) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/shifts/${encodeURIComponent(shiftId)}/records`;

const recordsKey = (organisationId: string, shiftId: string) =>
  [...shiftKey(organisationId, shiftId), 'records'] as const;

/** Each signed-up volunteer of a shift with their service record (if any) and the default minutes. */
export function getShiftRecords(
  organisationId: string,
  shiftId: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ShiftRecord[]> {
  return apiGet(recordsPath(organisationId, shiftId), recordsSchema, { signal });
}

export function useShiftRecords(organisationId: string, shiftId: string) {
  return useQuery(
    queryOptions({
      queryKey: recordsKey(organisationId, shiftId),
      queryFn: ({ signal }) => getShiftRecords(organisationId, shiftId, { signal }),
      staleTime: 0,
    }),
  );
}

export type RecordEntry = {
  signupId: number;
  minutes: number;
  content?: string;
  evaluation?: string;
};

type Target = { organisationId: string; shiftId: string };

/** Saves the entries as drafts (only attended sign-ups); answers the shift's list again. */
export function saveShiftRecords({
  organisationId,
  shiftId,
  entries,
}: Target & { entries: RecordEntry[] }): Promise<ShiftRecord[]> {
  return apiRequest('PUT', recordsPath(organisationId, shiftId), recordsSchema, {
    body: { entries } satisfies ApiBody<
      '/api/organisations/{organisationId}/shifts/{shiftId}/records',
      'put'
    >,
  });
}

/** Confirms draft records; the volunteer sees them from then on. */
export function confirmShiftRecords({
  organisationId,
  shiftId,
  recordIds,
}: Target & { recordIds: number[] }): Promise<ShiftRecord[]> {
  return apiRequest('POST', `${recordsPath(organisationId, shiftId)}/confirm`, recordsSchema, {
    body: { recordIds } satisfies ApiBody<
      '/api/organisations/{organisationId}/shifts/{shiftId}/records/confirm',
      'post'
    >,
  });
}

function useRecordsMutation<Input extends Target>(
  mutationFn: (input: Input) => Promise<ShiftRecord[]>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (records, { organisationId, shiftId }) =>
      queryClient.setQueryData(recordsKey(organisationId, shiftId), records),
  });
}

export const useSaveShiftRecords = () => useRecordsMutation(saveShiftRecords);
export const useConfirmShiftRecords = () => useRecordsMutation(confirmShiftRecords);
