import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ApiBody } from '@/lib/openapi';

import { openingsKey } from './keys';

export type OpeningAction = 'publish' | 'close' | 'cancel';

/**
 * draft → published (the organisation must be verified: a 403 says why), published → closed,
 * draft or published → cancelled with a reason (everyone signed up is told).
 */
export function changeOpeningStatus({
  organisationId,
  openingId,
  action,
  reason,
}: {
  organisationId: string;
  openingId: number;
  action: OpeningAction;
  reason?: string;
}): Promise<void> {
  return apiRequest(
    'POST',
    `/api/organisations/${encodeURIComponent(organisationId)}/openings/${encodeURIComponent(openingId)}/${action}`,
    undefined,
    action === 'cancel'
      ? {
          body: { reason: reason ?? '' } satisfies ApiBody<
            '/api/organisations/{organisationId}/openings/{id}/cancel',
            'post'
          >,
        }
      : {},
  );
}

export function useChangeOpeningStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeOpeningStatus,
    onSuccess: (_, { organisationId }) =>
      queryClient.invalidateQueries({ queryKey: openingsKey(organisationId) }),
  });
}
