import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';

// Query keys of the agency's volunteering data; all private (dropped at log-out).
export const agencyKey = (organisationId: string) =>
  [PRIVATE_QUERY_KEY, 'agency-volunteering', organisationId] as const;
export const openingsKey = (organisationId: string) =>
  [...agencyKey(organisationId), 'openings'] as const;
export const openingKey = (organisationId: string, openingId: string) =>
  [...openingsKey(organisationId), openingId] as const;
export const shiftKey = (organisationId: string, shiftId: string) =>
  [...agencyKey(organisationId), 'shifts', shiftId] as const;
export const disputesKey = (organisationId: string) =>
  [...agencyKey(organisationId), 'disputes'] as const;
