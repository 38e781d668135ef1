import {
  appendCodes,
  codesOf,
  parseSearchBase,
  toSearchBaseParams,
  type SearchBase,
} from '@/lib/search-params';

/**
 * Call search as it lives in the URL: q, region, targetGroup*, fundingType*, programme*, soon=1
 * ("closing soon": open and closing within 14 days), page (1-based).
 */
export type CallSearchState = SearchBase & {
  fundingTypes: string[];
  programmes: string[];
  closingSoon: boolean;
};

/** Reads the URL; anything malformed is dropped rather than sent to the API. */
export function parseCallSearch(params: URLSearchParams): CallSearchState {
  return {
    ...parseSearchBase(params),
    fundingTypes: codesOf(params, 'fundingType'),
    programmes: codesOf(params, 'programme'),
    closingSoon: params.get('soon') === '1',
  };
}

export function toCallSearchParams(state: CallSearchState): URLSearchParams {
  return toSearchBaseParams(state, (params) => {
    appendCodes(params, 'fundingType', state.fundingTypes);
    appendCodes(params, 'programme', state.programmes);
    if (state.closingSoon) params.set('soon', '1');
  });
}
