import { PRIVATE_QUERY_KEY } from '@/lib/auth/session';

// Public funding data (calls, disclosure) and the agency's own (private: dropped at log-out).
export const callsKey = ['funding', 'calls'] as const;
export const callKey = (callId: string) => [...callsKey, 'detail', callId] as const;
export const disclosureKey = ['funding', 'disclosure'] as const;
export const agencyFundingKey = (organisationId: string) =>
  [PRIVATE_QUERY_KEY, 'funding', organisationId] as const;
export const applicationsKey = (organisationId: string) =>
  [...agencyFundingKey(organisationId), 'applications'] as const;
export const applicationKey = (organisationId: string, applicationId: string) =>
  [...applicationsKey(organisationId), applicationId] as const;
export const awardsKey = (organisationId: string) =>
  [...agencyFundingKey(organisationId), 'awards'] as const;
export const awardKey = (organisationId: string, awardId: string) =>
  [...awardsKey(organisationId), awardId] as const;
export const reportsKey = (organisationId: string) =>
  [...agencyFundingKey(organisationId), 'reports'] as const;
export const reportKey = (organisationId: string, reportId: string) =>
  [...reportsKey(organisationId), reportId] as const;
export const eligibilityKey = (callId: string, organisationId: number) =>
  [PRIVATE_QUERY_KEY, 'funding', 'eligibility', callId, organisationId] as const;
