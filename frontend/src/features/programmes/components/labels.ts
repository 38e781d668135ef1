import type { Language } from '@/lib/i18n/i18n';

import type { Programme } from '../api/schemas';

export const programmeName = (p: Pick<Programme, 'nameZh' | 'nameEn'>, language: Language) =>
  language === 'en' ? p.nameEn : p.nameZh;

export const programmeTarget = (p: Pick<Programme, 'targetZh' | 'targetEn'>, language: Language) =>
  (language === 'en' ? p.targetEn : p.targetZh) ?? null;

export const programmeDefinition = (p: Programme, language: Language) =>
  language === 'en' ? p.definitionEn : p.definitionZh;

/** `2019-05-01–2020-04-30`, or `2019-05-01–至今` for a record without an end. */
export const dates = (start: string, end: string | null | undefined, ongoing: string) =>
  `${start}–${end ?? ongoing}`;
