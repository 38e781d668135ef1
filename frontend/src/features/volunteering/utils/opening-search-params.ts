import * as z from 'zod/mini';

import {
  appendCodes,
  codesOf,
  parseSearchBase,
  toSearchBaseParams,
  type SearchBase,
} from '@/lib/search-params';

import { thisMonth, thisWeekend, type DayRange } from './shanghai-dates';

export const DATE_PRESETS = ['weekend', 'month'] as const;
export type When = (typeof DATE_PRESETS)[number] | 'custom' | undefined;

/**
 * Opening search as it lives in the URL: q, region, targetGroup*, skill*, category*, when
 * (`weekend` | `month` | `custom` with from/to), free=1, page (1-based). A preset stays a preset
 * in the URL, so a shared link to "this weekend" means the weekend of whoever opens it.
 */
export type OpeningSearchState = SearchBase & {
  skills: string[];
  categories: string[];
  when: When;
  from: string | undefined;
  to: string | undefined;
  freePlaces: boolean;
};

const daySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

function day(value: string | null): string | undefined {
  return value && daySchema.safeParse(value).success ? value : undefined;
}

/** Reads the URL; anything malformed is dropped rather than sent to the API. */
export function parseOpeningSearch(params: URLSearchParams): OpeningSearchState {
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
    ...parseSearchBase(params),
    skills: codesOf(params, 'skill'),
    categories: codesOf(params, 'category'),
    when,
    from: when === 'custom' ? from : undefined,
    to: when === 'custom' ? to : undefined,
    freePlaces: params.get('free') === '1',
  };
}

export function toOpeningSearchParams(state: OpeningSearchState): URLSearchParams {
  return toSearchBaseParams(state, (params) => {
    appendCodes(params, 'skill', state.skills);
    appendCodes(params, 'category', state.categories);
    if (state.when) params.set('when', state.when);
    if (state.when === 'custom') {
      if (state.from) params.set('from', state.from);
      if (state.to) params.set('to', state.to);
    }
    if (state.freePlaces) params.set('free', '1');
  });
}

/** The days a state asks for, presets computed now in Asia/Shanghai. */
export function dayRange(state: OpeningSearchState, now: Date = new Date()): Partial<DayRange> {
  if (state.when === 'weekend') return thisWeekend(now);
  if (state.when === 'month') return thisMonth(now);
  if (state.when === 'custom') return { from: state.from, to: state.to };
  return {};
}
