import type { TranslationKey } from '@/lib/i18n/i18n';

type T = (key: TranslationKey, params?: Record<string, string | number>) => string;

const STATUSES = ['draft', 'submitted', 'returned', 'published', 'unpublished'] as const;
const FLAG_KINDS = ['id-number', 'mobile', 'person-name', 'village'] as const;
const METHODS = ['written', 'oral-recorded', 'electronic', 'thumbprint'] as const;
export const CONSENT_METHODS = METHODS;

function known<Code extends string>(list: readonly Code[], code: string): code is Code {
  return (list as readonly string[]).includes(code);
}

export const statusLabel = (t: T, code: string) =>
  known(STATUSES, code) ? t(`stories.status.${code}`) : code;
export const flagKindLabel = (t: T, code: string) =>
  known(FLAG_KINDS, code) ? t(`stories.flags.kind.${code}`) : code;
export const flagExplanation = (t: T, code: string) =>
  known(FLAG_KINDS, code) ? t(`stories.flags.explain.${code}`) : '';
export const methodLabel = (t: T, code: string) =>
  known(METHODS, code) ? t(`stories.consents.methods.${code}`) : code;
