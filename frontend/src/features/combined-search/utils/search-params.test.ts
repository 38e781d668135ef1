import { describe, expect, it } from 'vitest';

import { parseCombinedSearchParams, toCombinedSearchParams } from './search-params';

describe('combined search URL state', () => {
  it('reads and writes every part, with a kind and its own filters', () => {
    const params = new URLSearchParams(
      'q=留守&kind=opening&region=5306&targetGroup=left-behind-children&skill=counselling&skill=driving&freePlaces=true&page=3',
    );
    const state = parseCombinedSearchParams(params);
    expect(state).toEqual({
      q: '留守',
      kind: 'opening',
      region: '5306',
      targetGroups: ['left-behind-children'],
      own: { skill: ['counselling', 'driving'], freePlaces: true },
      page: 3,
    });
    expect(toCombinedSearchParams(state).toString()).toBe(params.toString());
  });

  it("drops a kind's own filters when another kind or none is chosen", () => {
    expect(
      parseCombinedSearchParams(new URLSearchParams('category=left-behind-children&skill=x')).own,
    ).toEqual({});
    expect(
      parseCombinedSearchParams(new URLSearchParams('kind=call&category=left-behind-children')).own,
    ).toEqual({});
    const switched = {
      ...parseCombinedSearchParams(new URLSearchParams('kind=project&category=dibao')),
      kind: 'call' as const,
    };
    expect(toCombinedSearchParams(switched).toString()).toBe('kind=call');
  });

  it('drops what is malformed', () => {
    const state = parseCombinedSearchParams(
      new URLSearchParams('kind=volunteer&region=99&page=0&targetGroup=<b>'),
    );
    expect(state).toMatchObject({ kind: undefined, region: undefined, page: 1, targetGroups: [] });
  });
});
