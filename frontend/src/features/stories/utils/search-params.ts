import {
  appendCodes,
  codesOf,
  parseSearchBase,
  toSearchBaseParams,
  type SearchBase,
} from '@/lib/search-params';

/** Story search as it lives in the URL: q, region, targetGroup*, category*, programme*, page (1-based). */
export type StorySearchState = SearchBase & {
  categories: string[];
  programmes: string[];
};

/** Reads the URL; anything malformed is dropped rather than sent to the API. */
export function parseStorySearch(params: URLSearchParams): StorySearchState {
  return {
    ...parseSearchBase(params),
    categories: codesOf(params, 'category'),
    programmes: codesOf(params, 'programme'),
  };
}

export function toStorySearchParams(state: StorySearchState): URLSearchParams {
  return toSearchBaseParams(state, (params) => {
    appendCodes(params, 'category', state.categories);
    appendCodes(params, 'programme', state.programmes);
  });
}
