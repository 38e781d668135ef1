import type { TranslationKey } from '@/lib/i18n/i18n';

import '../i18n';

type T = (key: TranslationKey, params?: Record<string, string | number>) => string;

const known = <Codes extends readonly string[]>(
  codes: Codes,
  code: string,
): code is Codes[number] => (codes as readonly string[]).includes(code);

const CALL_STATES = ['upcoming', 'open', 'closed'] as const;
const APPLICATION_STATUSES = ['draft', 'submitted', 'withdrawn', 'rejected', 'awarded'] as const;
const AWARD_STATUSES = [
  'proposed',
  'approved',
  'declined',
  'accepted',
  'refused',
  'completed',
  'cancelled',
] as const;
const TRANCHE_STATUSES = ['pending', 'payable', 'paid'] as const;
const PAYMENT_STATUSES = ['recorded', 'approved', 'rejected'] as const;
const REPORT_STATUSES = ['due', 'draft', 'submitted', 'approved', 'returned'] as const;
const REPORT_KINDS = ['progress', 'final'] as const;
const STAGES = ['concept', 'full'] as const;
const SECTIONS = [
  'need',
  'objectives',
  'activities',
  'beneficiaries',
  'budget',
  'indicators',
] as const;
const BASES = ['registered', 'service', 'either'] as const;

export const callStateLabel = (t: T, code: string) =>
  known(CALL_STATES, code) ? t(`funding.callState.${code}`) : code;
export const applicationStatusLabel = (t: T, code: string) =>
  known(APPLICATION_STATUSES, code) ? t(`funding.applicationStatus.${code}`) : code;
export const awardStatusLabel = (t: T, code: string) =>
  known(AWARD_STATUSES, code) ? t(`funding.awardStatus.${code}`) : code;
export const trancheStatusLabel = (t: T, code: string) =>
  known(TRANCHE_STATUSES, code) ? t(`funding.trancheStatus.${code}`) : code;
export const paymentStatusLabel = (t: T, code: string) =>
  known(PAYMENT_STATUSES, code) ? t(`funding.paymentStatus.${code}`) : code;
export const reportStatusLabel = (t: T, code: string) =>
  known(REPORT_STATUSES, code) ? t(`funding.reportStatus.${code}`) : code;
export const reportKindLabel = (t: T, code: string) =>
  known(REPORT_KINDS, code) ? t(`funding.reportKind.${code}`) : code;
export const stageLabel = (t: T, code: string) =>
  known(STAGES, code) ? t(`funding.stage.${code}`) : code;
export const sectionLabel = (t: T, code: string) =>
  known(SECTIONS, code) ? t(`funding.section.${code}`) : code;
export const basisLabel = (t: T, code: string) =>
  known(BASES, code) ? t(`funding.basis.${code}`) : code;
