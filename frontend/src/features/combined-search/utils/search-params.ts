import * as z from 'zod/mini';

import { codesOf, parseSearchBase, type SearchBase } from '@/lib/search-params';

/** The kinds of hit, in the order the API counts them. */
export const KINDS = ['project', 'opening', 'call', 'organisation', 'story'] as const;
export type Kind = (typeof KINDS)[number];

/** Each kind's own filters, named as the API names them; shown only while that kind is chosen. */
export const OWN_FILTERS = {
  project: ['category'],
  opening: ['category', 'skill', 'freePlaces'],
  call: ['fundingType', 'programme', 'closingSoon'],
  organisation: ['category', 'organisationKind'],
  story: ['category', 'programme'],
} as const satisfies Record<Kind, readonly string[]>;

/** The own filters that take a list of codes (the others are a yes/no flag). */
export type CodeFilter = 'category' | 'skill' | 'fundingType' | 'programme' | 'organisationKind';
export type FlagFilter = 'freePlaces' | 'closingSoon';
export const CODE_FILTERS: readonly CodeFilter[] = [
  'category',
  'skill',
  'fundingType',
  'programme',
  'organisationKind',
];
export const FLAG_FILTERS: readonly FlagFilter[] = ['freePlaces', 'closingSoon'];

/** The combined search as it lives in the URL: q, kind, region, targetGroup*, own filters, page (1-based). */
export type CombinedSearchState = SearchBase & {
  kind: Kind | undefined;
  own: Partial<Record<CodeFilter, string[]>> & Partial<Record<FlagFilter, boolean>>;
};

const kindSchema = z.enum(KINDS);

/** Whether the kind has this own filter. */
export function hasFilter(kind: Kind | undefined, filter: CodeFilter | FlagFilter): boolean {
  return kind !== undefined && (OWN_FILTERS[kind] as readonly string[]).includes(filter);
}

/**
 * Reads the URL; anything malformed is dropped rather than sent to the API, and so is a kind's own
 * filter while that kind is not chosen (the API refuses it).
 */
export function parseCombinedSearchParams(params: URLSearchParams): CombinedSearchState {
  const kind = kindSchema.safeParse(params.get('kind') ?? '');
  const chosen = kind.success ? kind.data : undefined;
  const own: CombinedSearchState['own'] = {};
  for (const filter of CODE_FILTERS) {
    const codes = codesOf(params, filter);
    if (hasFilter(chosen, filter) && codes.length > 0) own[filter] = codes;
  }
  for (const filter of FLAG_FILTERS) {
    if (hasFilter(chosen, filter) && params.get(filter) === 'true') own[filter] = true;
  }
  return { ...parseSearchBase(params, 100), kind: chosen, own };
}

export function toCombinedSearchParams(state: CombinedSearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.kind) params.set('kind', state.kind);
  if (state.region) params.set('region', state.region);
  for (const code of state.targetGroups) params.append('targetGroup', code);
  for (const filter of CODE_FILTERS) {
    if (!hasFilter(state.kind, filter)) continue;
    for (const code of state.own[filter] ?? []) params.append(filter, code);
  }
  for (const filter of FLAG_FILTERS) {
    if (hasFilter(state.kind, filter) && state.own[filter]) params.set(filter, 'true');
  }
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}
