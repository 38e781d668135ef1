import type { TranslationKey } from '@/lib/i18n/i18n';

// Codes the API sends that the UI names itself. An unknown code is shown as it came.

export const ORGANISATION_STATUSES = [
  'draft',
  'submitted',
  'verified',
  'rejected',
  'suspended',
] as const;
export const ORGANISATION_KINDS = ['agency', 'funder', 'university'] as const;
export const SUBTYPES_BY_KIND: Record<(typeof ORGANISATION_KINDS)[number], readonly string[]> = {
  agency: [
    'social-work-agency',
    'child-welfare',
    'elderly-care',
    'rescue-protection',
    'township-station',
  ],
  funder: ['government', 'foundation', 'charity', 'enterprise'],
  university: ['university'],
};
const SUBTYPES = Object.values(SUBTYPES_BY_KIND).flat();
const ROLES = ['owner', 'staff'];
const PROJECT_STATUSES = ['draft', 'published', 'closed'];

type T = (key: TranslationKey) => string;

function label(t: T, prefix: string, known: readonly string[], code: string | null | undefined) {
  if (!code) return '';
  return known.includes(code) ? t(`${prefix}.${code}` as TranslationKey) : code;
}

export const organisationStatusLabel = (t: T, code: string | null | undefined) =>
  label(t, 'orgStatus', ORGANISATION_STATUSES, code);
export const kindLabel = (t: T, code: string | null | undefined) =>
  label(t, 'kinds', ORGANISATION_KINDS, code);
export const subtypeLabel = (t: T, code: string | null | undefined) =>
  label(t, 'subtypes', SUBTYPES, code);
export const roleLabel = (t: T, code: string | null | undefined) => label(t, 'roles', ROLES, code);
export const projectStatusLabel = (t: T, code: string | null | undefined) =>
  label(t, 'status', PROJECT_STATUSES, code);
