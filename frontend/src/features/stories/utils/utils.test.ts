import { describe, expect, it } from 'vitest';

import { consent, photo, storyDetail } from '../testing/fixtures';
import { blockers, flagSegments, numberFlags } from './flags';
import { toSubset } from './html';
import { parseStorySearch, toStorySearchParams } from './search-params';

const flag = (kind: string, start: number, end: number, text: string, field?: string) => ({
  kind,
  start,
  end,
  text,
  field: field ?? null,
  justification: null,
  blocking: true,
});

describe('flags in place', () => {
  it('cuts the text at UTF-16 offsets, numbering title flags first', () => {
    const flags = numberFlags([
      flag('village', 5, 8, '大湾村'),
      flag('person-name', 0, 3, '张小明'),
      flag('person-name', 0, 2, '王五', 'title'),
    ]);
    expect(flags.map((item) => [item.number, item.text])).toEqual([
      [1, '王五'],
      [2, '张小明'],
      [3, '大湾村'],
    ]);
    const body = flags.filter((item) => !item.field);
    expect(
      flagSegments('张小明住在大湾村。', body).map((segment) => [
        segment.text,
        segment.flag?.number,
      ]),
    ).toEqual([
      ['张小明', 2],
      ['住在', undefined],
      ['大湾村', 3],
      ['。', undefined],
    ]);
  });

  it('counts astral characters as two code units, as the server does', () => {
    const text = '𠀀张小明';
    const [segment] = flagSegments(text, numberFlags([flag('person-name', 2, 5, '张小明')])).filter(
      (item) => item.flag,
    );
    expect(segment?.text).toBe('张小明');
  });

  it('marks a name written apart or in traditional characters as the author wrote it', () => {
    // the server reads 王 小红, 王\u200b小红 and 陳小紅 as names; its offsets cover the author's characters
    const text = '社工来到学校。王\u200b小红和陳小紅今年九岁。';
    const flags = numberFlags([
      flag('person-name', 7, 11, '王\u200b小红'),
      flag('person-name', 12, 15, '陳小紅'),
    ]);
    expect(
      flagSegments(text, flags)
        .filter((segment) => segment.flag)
        .map((segment) => [segment.text, segment.flag?.text]),
    ).toEqual([
      ['王\u200b小红', '王\u200b小红'],
      ['陳小紅', '陳小紅'],
    ]);
  });

  it('clamps offsets beyond the text and skips overlaps', () => {
    const flags = numberFlags([flag('village', 2, 99, 'x'), flag('person-name', 3, 4, 'y')]);
    expect(flagSegments('abcdef', flags).map((segment) => segment.text)).toEqual(['ab', 'cdef']);
  });

  it('lists an ID number as blocking even with a justification', () => {
    const story = {
      ...storyDetail,
      consents: [],
      photos: [],
      flags: [{ ...flag('id-number', 0, 18, '530602********1234'), justification: '必要' }],
    };
    expect(blockers(story).map((item) => item.kind)).toEqual(['flag', 'consent']);
  });

  it('asks for the face confirmation when the project serves children though the story names other groups', () => {
    const story = {
      ...storyDetail,
      targetGroups: ['elderly-in-difficulty'],
      consents: [{ ...consent, scopePhotos: true }],
      photos: [{ ...photo, showsPeople: true, noIdentifiableFace: false }],
      flags: [],
    };
    expect(blockers({ ...story, aboutProtectedGroup: true }).map((item) => item.kind)).toEqual([
      'face',
    ]);
    expect(blockers({ ...story, aboutProtectedGroup: false })).toEqual([]);
  });
});

describe('the rich-text subset', () => {
  it('keeps the allowed tags, maps what editors produce and drops the rest', () => {
    expect(
      toSubset(
        '<div>a<b>b</b><i>c</i></div><h1>T</h1><script>alert(1)</script><img src=x onerror=alert(1)>' +
          '<p style="color:red" onclick="x()">d<a href="javascript:alert(1)">e</a><a href="https://x.org/?a=1&b=2" target="_blank">f</a></p>',
      ),
    ).toBe(
      '<p>a<strong>b</strong><em>c</em></p><h2>T</h2><p>de<a href="https://x.org/?a=1&amp;b=2">f</a></p>',
    );
  });

  it('escapes text', () => {
    expect(toSubset('<p>&lt;script&gt;</p>')).toBe('<p>&lt;script&gt;</p>');
  });
});

describe('search parameters', () => {
  it('round-trips and drops malformed values', () => {
    const state = parseStorySearch(
      new URLSearchParams(
        'q=奶奶&region=5306&targetGroup=left-behind-children&targetGroup=BAD!&page=2',
      ),
    );
    expect(state).toEqual({
      q: '奶奶',
      region: '5306',
      targetGroups: ['left-behind-children'],
      categories: [],
      programmes: [],
      page: 2,
    });
    expect(toStorySearchParams(state).toString()).toBe(
      'q=%E5%A5%B6%E5%A5%B6&region=5306&targetGroup=left-behind-children&page=2',
    );
    expect(parseStorySearch(new URLSearchParams('region=1101&page=0')).region).toBeUndefined();
  });
});

describe('flags on photos', () => {
  it('orders a photo caption’s flags after the body, by photo', () => {
    const flags = numberFlags([
      flag('person-name', 0, 3, '张小红', 'photos[1].caption'),
      flag('village', 0, 3, '龙泉村', 'photos[0].altText'),
      flag('person-name', 4, 7, '张小明', 'body'),
    ]);
    expect(flags.map((item) => [item.number, item.field])).toEqual([
      [1, 'body'],
      [2, 'photos[0].altText'],
      [3, 'photos[1].caption'],
    ]);
  });
});
