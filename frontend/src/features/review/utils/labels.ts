import type { TranslationKey } from '@/lib/i18n/i18n';

type T = (key: TranslationKey) => string;

const STATUSES = ['declare', 'score', 'submitted', 'conflicted'];

/** What the reviewer has to do next: declare, score, nothing (submitted), nothing (conflicted). */
export function assignmentStatusLabel(t: T, status: string): string {
  return STATUSES.includes(status) ? t(`review.status.${status}` as TranslationKey) : status;
}
