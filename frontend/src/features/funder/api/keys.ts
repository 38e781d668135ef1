import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';

// Query keys of a funder's data; all private (dropped at log-out).
export const funderKey = (organisationId: string) =>
  [PRIVATE_QUERY_KEY, 'funder', organisationId] as const;
export const callsKey = (organisationId: string) =>
  [...funderKey(organisationId), 'calls'] as const;
export const callKey = (organisationId: string, callId: string) =>
  [...callsKey(organisationId), callId] as const;
export const awardsKey = (organisationId: string) =>
  [...funderKey(organisationId), 'awards'] as const;
export const reportsKey = (organisationId: string) =>
  [...funderKey(organisationId), 'reports'] as const;
export const matchesKey = (organisationId: string) =>
  [...funderKey(organisationId), 'matches'] as const;
