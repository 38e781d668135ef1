import { describe, expect, it } from 'vitest';

import { parseSearchParams, regionLevels, toSearchParams } from './search-params';

describe('search params', () => {
  it('round-trips a search through the URL', () => {
    const state = parseSearchParams(
      new URLSearchParams(
        'q=儿童&region=530621&targetGroup=dibao&targetGroup=left-behind-children&category=special-groups&page=3',
      ),
    );
    expect(state).toEqual({
      q: '儿童',
      region: '530621',
      targetGroups: ['dibao', 'left-behind-children'],
      categories: ['special-groups'],
      page: 3,
    });
    expect(parseSearchParams(toSearchParams(state))).toEqual(state);
  });

  it('drops malformed values instead of sending them on', () => {
    const state = parseSearchParams(
      new URLSearchParams('region=11&targetGroup=<script>&page=-2&category=OK%20NO'),
    );
    expect(state).toEqual({ q: '', region: undefined, targetGroups: [], categories: [], page: 1 });
    expect(parseSearchParams(new URLSearchParams('page=abc')).page).toBe(1);
  });

  it('splits a region code into its levels', () => {
    expect(regionLevels('530621100')).toEqual({
      prefecture: '5306',
      county: '530621',
      township: '530621100',
    });
    expect(regionLevels('5306')).toEqual({
      prefecture: '5306',
      county: undefined,
      township: undefined,
    });
    expect(regionLevels(undefined).prefecture).toBeUndefined();
  });
});
