import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ApiBody } from '@/lib/openapi';

import { openingsKey } from './keys';
import type { ShiftRequest } from './save-opening';

export const SHIFT_FIELDS = ['date', 'start', 'end', 'capacity'] as const;

const shifts = (organisationId: string, openingId: number) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/openings/${encodeURIComponent(openingId)}/shifts`;

type Target = { organisationId: string; openingId: number };

/** Adds a shift, or changes one (`shiftId` with the `version` the user edited). */
export function saveShift({
  organisationId,
  openingId,
  shiftId,
  input,
}: Target & {
  shiftId?: number;
  input: ShiftRequest & { version?: number | null };
}): Promise<void> {
  return shiftId === undefined
    ? apiRequest('POST', shifts(organisationId, openingId), undefined, {
        body: input satisfies ApiBody<
          '/api/organisations/{organisationId}/openings/{id}/shifts',
          'post'
        >,
      })
    : apiRequest(
        'PUT',
        `${shifts(organisationId, openingId)}/${encodeURIComponent(shiftId)}`,
        undefined,
        {
          body: input satisfies ApiBody<
            '/api/organisations/{organisationId}/openings/{id}/shifts/{shiftId}',
            'put'
          >,
        },
      );
}

/** Cancels a shift; everyone signed up is told, with the reason. */
export function cancelShift({
  organisationId,
  openingId,
  shiftId,
  reason,
}: Target & { shiftId: number; reason: string }): Promise<void> {
  return apiRequest(
    'POST',
    `${shifts(organisationId, openingId)}/${encodeURIComponent(shiftId)}/cancel`,
    undefined,
    {
      body: { reason } satisfies ApiBody<
        '/api/organisations/{organisationId}/openings/{id}/shifts/{shiftId}/cancel',
        'post'
      >,
    },
  );
}

export function useSaveShift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveShift,
    onSuccess: (_, { organisationId }) =>
      queryClient.invalidateQueries({ queryKey: openingsKey(organisationId) }),
  });
}

export function useCancelShift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelShift,
    onSuccess: (_, { organisationId }) =>
      queryClient.invalidateQueries({ queryKey: openingsKey(organisationId) }),
  });
}
