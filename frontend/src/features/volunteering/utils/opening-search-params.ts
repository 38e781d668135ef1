import * as z from 'zod/mini';

import { thisMonth, thisWeekend, type DayRange } from './shanghai-dates';

export const DATE_PRESETS = ['weekend', 'month'] as const;
export type When = (typeof DATE_PRESETS)[number] | 'custom' | undefined;

/**
 * Opening search as it lives in the URL: q, region, targetGroup*, skill*, category*, when
 * (`weekend` | `month` | `custom` with from/to), free=1, page (1-based). A preset stays a preset
 * in the URL, so a shared link to "this weekend" means the weekend of whoever opens it.
 */
export type OpeningSearchState = {
  q: string;
  region: string | undefined;
  targetGroups: string[];
  skills: string[];
  categories: string[];
  when: When;
  from: string | undefined;
  to: string | undefined;
  freePlaces: boolean;
  page: number;
};

const codeSchema = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const regionSchema = z.string().check(z.regex(/^53\d{0,10}$/));
const pageSchema = z.string().check(z.regex(/^[1-9]\d{0,3}$/));
const daySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

function validCodes(values: string[]): string[] {
  return [...new Set(values.filter((value) => codeSchema.safeParse(value).success))].sort();
}

function day(value: string | null): string | undefined {
  return value && daySchema.safeParse(value).success ? value : undefined;
}

/** Reads the URL; anything malformed is dropped rather than sent to the API. */
export function parseOpeningSearch(params: URLSearchParams): OpeningSearchState {
  const region = regionSchema.safeParse(params.get('region') ?? '');
  const page = pageSchema.safeParse(params.get('page') ?? '1');
  const whenParam = params.get('when');
  const from = day(params.get('from'));
  const to = day(params.get('to'));
  const when: When =
    whenParam === 'weekend' || whenParam === 'month'
      ? whenParam
      : whenParam === 'custom' || from || to
        ? 'custom'
        : undefined;
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    region: region.success && region.data.length > 2 ? region.data : undefined,
    targetGroups: validCodes(params.getAll('targetGroup')),
    skills: validCodes(params.getAll('skill')),
    categories: validCodes(params.getAll('category')),
    when,
    from: when === 'custom' ? from : undefined,
    to: when === 'custom' ? to : undefined,
    freePlaces: params.get('free') === '1',
    page: page.success ? Number(page.data) : 1,
  };
}

export function toOpeningSearchParams(state: OpeningSearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.region) params.set('region', state.region);
  for (const code of state.targetGroups) params.append('targetGroup', code);
  for (const code of state.skills) params.append('skill', code);
  for (const code of state.categories) params.append('category', code);
  if (state.when) params.set('when', state.when);
  if (state.when === 'custom') {
    if (state.from) params.set('from', state.from);
    if (state.to) params.set('to', state.to);
  }
  if (state.freePlaces) params.set('free', '1');
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** The days a state asks for, presets computed now in Asia/Shanghai. */
export function dayRange(state: OpeningSearchState, now: Date = new Date()): Partial<DayRange> {
  if (state.when === 'weekend') return thisWeekend(now);
  if (state.when === 'month') return thisMonth(now);
  if (state.when === 'custom') return { from: state.from, to: state.to };
  return {};
}
