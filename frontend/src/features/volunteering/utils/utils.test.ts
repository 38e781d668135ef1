import { describe, expect, it } from 'vitest';

import { ADULT_ID } from '../testing/fixtures';
import { formatHours } from './hours';
import { gb11643Problem, normaliseIdNumber } from './id-number';
import { dayRange, parseOpeningSearch, toOpeningSearchParams } from './opening-search-params';
import { formatShift, shanghaiToday, thisMonth, thisWeekend } from './shanghai-dates';

describe('dates in Asia/Shanghai', () => {
  it('takes the Shanghai day, not the browser’s: 20:00 UTC is already tomorrow', () => {
    expect(shanghaiToday(new Date('2026-11-30T15:59:00Z'))).toBe('2026-11-30');
    expect(shanghaiToday(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
  });

  it('"this weekend" is the coming Saturday and Sunday, or the rest of it', () => {
    // Wednesday 2026-12-02 in Shanghai
    expect(thisWeekend(new Date('2026-12-02T04:00:00Z'))).toEqual({
      from: '2026-12-05',
      to: '2026-12-06',
    });
    // Saturday
    expect(thisWeekend(new Date('2026-12-05T04:00:00Z'))).toEqual({
      from: '2026-12-05',
      to: '2026-12-06',
    });
    // Sunday: only Sunday is left
    expect(thisWeekend(new Date('2026-12-06T04:00:00Z'))).toEqual({
      from: '2026-12-06',
      to: '2026-12-06',
    });
    // Friday 23:30 in Shanghai is Friday 15:30 UTC; Saturday 00:30 Shanghai is still Friday UTC
    expect(thisWeekend(new Date('2026-12-04T16:30:00Z'))).toEqual({
      from: '2026-12-05',
      to: '2026-12-06',
    });
  });

  it('"this month" runs from today to the month’s last day (February of a leap year too)', () => {
    expect(thisMonth(new Date('2026-11-30T04:00:00Z'))).toEqual({
      from: '2026-11-30',
      to: '2026-11-30',
    });
    expect(thisMonth(new Date('2028-02-10T04:00:00Z'))).toEqual({
      from: '2028-02-10',
      to: '2028-02-29',
    });
    // 2026-12-31 17:00 UTC is 2027-01-01 in Shanghai
    expect(thisMonth(new Date('2026-12-31T17:00:00Z'))).toEqual({
      from: '2027-01-01',
      to: '2027-01-31',
    });
  });

  it('shows a shift in Shanghai time', () => {
    expect(formatShift('2026-12-05T01:00:00Z', '2026-12-05T04:30:00Z', 'en')).toBe(
      '2026-12-05 (Sat) 09:00–12:30',
    );
    expect(formatShift('2026-12-05T09:00:00+08:00', '2026-12-05T12:30:00+08:00', 'zh-CN')).toBe(
      '2026-12-05 (周六) 09:00–12:30',
    );
  });
});

describe('hours', () => {
  it('shows minutes as hours with at most two decimals', () => {
    expect(formatHours(210)).toBe('3.5');
    expect(formatHours(60)).toBe('1');
    expect(formatHours(200)).toBe('3.33');
    expect(formatHours(0)).toBe('0');
    expect(formatHours(45)).toBe('0.75');
  });
});

describe('GB 11643 numbers', () => {
  it('accepts a number whose check character holds', () => {
    expect(gb11643Problem(ADULT_ID)).toBeUndefined();
    expect(gb11643Problem(' 5306 0219 9001 0199 94 ')).toBeUndefined();
    expect(normaliseIdNumber('11010519491231002x')).toBe('11010519491231002X');
  });

  it('says what is wrong', () => {
    expect(gb11643Problem(ADULT_ID.slice(0, 17) + '5')).toBe('check');
    expect(gb11643Problem('53060219900231999' + '4')).toBe('birthDate');
    expect(gb11643Problem('5306021990010199')).toBe('format');
    expect(gb11643Problem('53060219900101999A')).toBe('format');
  });
});

describe('opening search in the URL', () => {
  it('keeps every filter through a round trip', () => {
    const params = new URLSearchParams(
      'q=陪伴&region=5306&targetGroup=left-behind-children&skill=tutoring&category=left-behind-children&when=month&free=1&page=2',
    );
    const state = parseOpeningSearch(params);
    expect(state).toEqual({
      q: '陪伴',
      region: '5306',
      targetGroups: ['left-behind-children'],
      skills: ['tutoring'],
      categories: ['left-behind-children'],
      when: 'month',
      from: undefined,
      to: undefined,
      freePlaces: true,
      page: 2,
    });
    expect(parseOpeningSearch(toOpeningSearchParams(state))).toEqual(state);
  });

  it('drops what is malformed and reads from/to as a custom range', () => {
    const state = parseOpeningSearch(
      new URLSearchParams('region=99&skill=<b>&from=2026-12-01&to=someday&page=0'),
    );
    expect(state.region).toBeUndefined();
    expect(state.skills).toEqual([]);
    expect(state.when).toBe('custom');
    expect(state.from).toBe('2026-12-01');
    expect(state.to).toBeUndefined();
    expect(state.page).toBe(1);
  });

  it('computes a preset when searching, so a shared link means the weekend of whoever opens it', () => {
    const state = parseOpeningSearch(new URLSearchParams('when=weekend'));
    expect(dayRange(state, new Date('2026-12-02T04:00:00Z'))).toEqual({
      from: '2026-12-05',
      to: '2026-12-06',
    });
    expect(toOpeningSearchParams(state).toString()).toBe('when=weekend');
  });
});
