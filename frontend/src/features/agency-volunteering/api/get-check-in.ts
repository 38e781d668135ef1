import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet, buildUrl } from '@/lib/api-client';

import { shiftKey } from './keys';
import { checkInSchema } from './schemas';

const checkInPath = (organisationId: string, shiftId: string) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/shifts/${encodeURIComponent(shiftId)}/check-in`;

/** The shift's check-in code and the link a volunteer's phone opens. */
export function getCheckIn(
  organisationId: string,
  shiftId: string,
  { signal }: { signal?: AbortSignal } = {},
) {
  return apiGet(checkInPath(organisationId, shiftId), checkInSchema, { signal });
}

/** The QR code of the link, drawn by the backend as SVG (same-origin, the session's cookie). */
export const checkInQrUrl = (organisationId: string, shiftId: string) =>
  buildUrl(`${checkInPath(organisationId, shiftId)}.svg`);

export function useCheckIn(organisationId: string, shiftId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...shiftKey(organisationId, shiftId), 'check-in'],
      queryFn: ({ signal }) => getCheckIn(organisationId, shiftId, { signal }),
    }),
  );
}
