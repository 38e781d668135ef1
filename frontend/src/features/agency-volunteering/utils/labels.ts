import type { TranslationKey } from '@/lib/i18n/i18n';

// Codes the API sends that these pages name themselves; an unknown code is shown as it came.
type T = (key: TranslationKey) => string;

const known = {
  openingStatus: ['draft', 'published', 'closed', 'cancelled'],
  shiftStatus: ['open', 'scheduled', 'cancelled'],
  signupStatus: ['confirmed', 'pending', 'waitlisted', 'declined', 'cancelled'],
  attendance: ['attended', 'no-show'],
  recordStatus: ['draft', 'confirmed', 'disputed'],
} as const;

function label(t: T, group: keyof typeof known, code: string | null | undefined): string {
  if (!code) return '';
  return (known[group] as readonly string[]).includes(code)
    ? t(`agencyVolunteering.${group}.${code}` as TranslationKey)
    : code;
}

export const openingStatusLabel = (t: T, code: string | null | undefined) =>
  label(t, 'openingStatus', code);
export const shiftStatusLabel = (t: T, code: string | null | undefined) =>
  label(t, 'shiftStatus', code);
export const signupStatusLabel = (t: T, code: string | null | undefined) =>
  label(t, 'signupStatus', code);
export const attendanceLabel = (t: T, code: string | null | undefined) =>
  label(t, 'attendance', code);
export const recordStatusLabel = (t: T, code: string | null | undefined) =>
  label(t, 'recordStatus', code);
