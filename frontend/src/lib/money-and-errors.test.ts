import { describe, expect, it } from 'vitest';

import { ApiError } from './api-client';
import { mapFieldErrors } from './form-errors';
import { fenToYuan, yuanToFen } from './format';

describe('yuanToFen', () => {
  it('turns typed yuan into integer fen without floats', () => {
    expect(yuanToFen('12345.6')).toBe(1234560);
    expect(yuanToFen('0.07')).toBe(7);
    expect(yuanToFen('1,000')).toBe(100000);
    expect(yuanToFen('¥ 19.99')).toBe(1999);
    // 0.1 + 0.2 style float errors cannot happen: 1.15 * 100 is 114.99999999999999 in floats.
    expect(yuanToFen('1.15')).toBe(115);
  });

  it('refuses more than two decimals, negatives and words', () => {
    expect(yuanToFen('1.005')).toBeNull();
    expect(yuanToFen('-5')).toBeNull();
    expect(yuanToFen('五百')).toBeNull();
    expect(yuanToFen('')).toBeNull();
  });

  it('shows fen as yuan in a form field', () => {
    expect(fenToYuan(1234560)).toBe('12345.60');
    expect(fenToYuan(7)).toBe('0.07');
    expect(fenToYuan(null)).toBe('');
  });
});

describe('mapFieldErrors', () => {
  it('matches prefixed field names to the form and keeps the rest apart', () => {
    const error = new ApiError(
      400,
      {
        errors: [
          { field: 'create.request.name', message: 'a' },
          { field: 'socialWorkers.senior', message: 'b' },
          { field: null, message: 'c' },
        ],
      },
      'bad',
    );
    expect(mapFieldErrors(error, ['name', 'socialWorkers.senior'])).toEqual({
      fields: { name: 'a', 'socialWorkers.senior': 'b' },
      general: ['c'],
    });
  });
});
