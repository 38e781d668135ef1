import type { TranslationKey } from '@/lib/i18n/i18n';

type T = (key: TranslationKey) => string;

function label(t: T, prefix: string, known: readonly string[], code: string | null | undefined) {
  if (!code) return '';
  return known.includes(code) ? t(`${prefix}.${code}` as TranslationKey) : code;
}

export const CALL_STATUSES = ['draft', 'published', 'closed', 'cancelled'] as const;
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'withdrawn',
  'rejected',
  'awarded',
] as const;
export const AWARD_STATUSES = [
  'proposed',
  'approved',
  'declined',
  'accepted',
  'refused',
  'completed',
  'cancelled',
] as const;
export const TRANCHE_STATUSES = ['pending', 'payable', 'paid'] as const;
export const PAYMENT_STATUSES = ['recorded', 'approved', 'rejected'] as const;
export const REPORT_STATUSES = ['due', 'draft', 'submitted', 'approved', 'returned'] as const;
export const MATCH_STATUSES = ['proposed', 'active', 'declined', 'ended'] as const;
export const SECTION_CODES = [
  'need',
  'objectives',
  'activities',
  'beneficiaries',
  'budget',
  'indicators',
] as const;
export const LEDGER_KINDS = ['commit', 'release', 'payment'] as const;
export const DECLARATIONS = ['pending', 'none', 'conflict'] as const;

export const callStatusLabel = (t: T, code: string | null | undefined) =>
  label(t, 'funder.callStatus', CALL_STATUSES, code);
export const applicationStatusLabel = (t: T, code: string | null | undefined) =>
  label(t, 'funder.applicationStatus', APPLICATION_STATUSES, code);
export const stageLabel = (t: T, code: string | null | undefined) =>
  label(t, 'funder.stage', ['concept', 'full'], code);
export const awardStatusLabel = (t: T, code: string | null | undefined) =>
  label(t, 'funder.awardStatus', AWARD_STATUSES, code);
export const trancheStatusLabel = (t: T, code: string | null | undefined) =>
  label(t, 'funder.trancheStatus', TRANCHE_STATUSES, code);
export const paymentStatusLabel = (t: T, code: string | null | undefined) =>
  label(t, 'funder.paymentStatus', PAYMENT_STATUSES, code);
export const reportStatusLabel = (t: T, code: string | null | undefined) =>
  label(t, 'funder.reportStatus', REPORT_STATUSES, code);
export const reportKindLabel = (t: T, code: string | null | undefined) =>
  label(t, 'funder.reportKind', ['progress', 'final'], code);
export const matchStatusLabel = (t: T, code: string | null | undefined) =>
  label(t, 'funder.matchStatus', MATCH_STATUSES, code);
export const sectionLabel = (t: T, code: string | null | undefined) =>
  label(t, 'funder.section', SECTION_CODES, code);
export const ledgerKindLabel = (t: T, code: string | null | undefined) =>
  label(t, 'funder.ledgerKind', LEDGER_KINDS, code);
export const declarationLabel = (t: T, code: string | null | undefined) =>
  label(t, 'funder.declaration', DECLARATIONS, code);
export const regionBasisLabel = (t: T, code: string | null | undefined) =>
  label(t, 'funder.regionBasis', ['registered', 'service', 'either'], code);
