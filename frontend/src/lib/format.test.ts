import { describe, expect, it } from 'vitest';

import { formatDateRange, formatFen } from './format';

describe('formatFen', () => {
  it('formats integer fen as yuan with grouping and two decimals', () => {
    expect(formatFen(1234500)).toBe('¥12,345.00');
    expect(formatFen(1)).toBe('¥0.01');
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(99)).toBe('¥0.99');
    expect(formatFen(100)).toBe('¥1.00');
    expect(formatFen(123456789)).toBe('¥1,234,567.89');
    expect(formatFen(-250)).toBe('-¥2.50');
  });

  it('stays exact where float arithmetic would not', () => {
    // 0.1 + 0.2 style drift would show here: 1,234,567,890,123.47 yuan
    expect(formatFen(123456789012347)).toBe('¥1,234,567,890,123.47');
    expect(formatFen(Number.MAX_SAFE_INTEGER)).toBe('¥90,071,992,547,409.91');
    expect(formatFen(2n ** 64n)).toBe('¥184,467,440,737,095,516.16');
  });

  it('refuses amounts that are not safe integers', () => {
    expect(() => formatFen(12.5)).toThrow(RangeError);
    expect(() => formatFen(2 ** 60)).toThrow(RangeError);
  });
});

describe('formatDateRange', () => {
  it('joins both ends and tolerates a missing one', () => {
    expect(formatDateRange('2024-03-01', '2025-02-28')).toBe('2024-03-01 – 2025-02-28');
    expect(formatDateRange('2024-03-01', null)).toBe('2024-03-01');
    expect(formatDateRange(undefined, undefined)).toBe('');
  });
});
