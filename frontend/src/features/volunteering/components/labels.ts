import type { TranslationKey } from '@/lib/i18n/i18n';

import '../i18n';

type T = (key: TranslationKey, params?: Record<string, string | number>) => string;

const STATUSES = [
  'confirmed',
  'pending',
  'waitlisted',
  'declined',
  'cancelled',
  'shift-cancelled',
  'attended',
  'no-show',
  'draft',
  'disputed',
  'valid',
  'revoked',
];

/** A sign-up, attendance, record or certificate status in words; an unknown code as it came. */
export function statusLabel(t: T, code: string | null | undefined): string {
  if (!code) return '';
  return STATUSES.includes(code) ? t(`volunteering.status.${code}` as TranslationKey) : code;
}
