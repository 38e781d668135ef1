import {
  appendCodes,
  codesOf,
  parseSearchBase,
  toSearchBaseParams,
  type SearchBase,
} from '@/lib/search-params';

/** Search state as it lives in the URL: q, region, targetGroup*, category*, page (1-based). */
export type SearchState = SearchBase & {
  categories: string[];
};

/** Reads the URL; anything malformed is dropped rather than sent to the API. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  return { ...parseSearchBase(params), categories: codesOf(params, 'category') };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  return toSearchBaseParams(state, (params) => appendCodes(params, 'category', state.categories));
}

export { regionLevels } from '@/lib/regions';
