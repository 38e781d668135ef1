import { formatFen } from '@/lib/format';

export const MEASURES = ['projects', 'hours', 'awarded', 'stories'] as const;
export type Measure = (typeof MEASURES)[number];

export function parseMeasure(value: string | null): Measure {
  return (MEASURES as readonly string[]).includes(value ?? '') ? (value as Measure) : 'projects';
}

/** A value as text: a count, hours with up to one decimal, or fen as yuan. */
export function formatValue(measure: Measure, value: number): string {
  if (measure === 'awarded') return formatFen(value);
  return new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(value);
}

/**
 * A value as written on a tile, where a phone gives it about 60 px: like `formatValue` without
 * ".00", and from ¥10,000 up the yuan in the language's short form ("¥3.6万", "¥36K"). The tile's
 * accessible name and the table beside keep the exact figure.
 */
export function formatTileValue(measure: Measure, value: number, language: string): string {
  if (measure === 'awarded' && value >= 1_000_000) {
    return new Intl.NumberFormat(language === 'en' ? 'en' : 'zh-CN', {
      style: 'currency',
      currency: 'CNY',
      currencyDisplay: 'narrowSymbol',
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(value / 100);
  }
  return formatValue(measure, value).replace(/\.00$/, '');
}

/** Five shades, light to dark, each with a text colour that keeps its label readable. */
export const SHADES = ['#f3f6f4', '#c7e3d4', '#8cc7a8', '#3f9a6e', '#1d5e40'] as const;

export type Bin = { shade: number; from: number; to: number };

/**
 * The legend's bins: 0 alone (no shade), then up to four ranges from the smallest value above 0 to
 * the largest, so that the prefectures are told apart even when every one has something. A value
 * falls into the first bin whose upper bound it does not exceed.
 */
export function bins(values: readonly number[], measure: Measure): Bin[] {
  const positive = values.filter((value) => value > 0);
  const result: Bin[] = [{ shade: 0, from: 0, to: 0 }];
  if (positive.length === 0) return result;
  const lo = Math.min(...positive);
  const hi = Math.max(...positive);
  if (lo === hi) return [...result, { shade: 4, from: lo, to: hi }];
  const whole = measure !== 'hours';
  let from = lo;
  for (let i = 1; i <= 4; i++) {
    const to = whole
      ? lo - 1 + Math.ceil(((hi - lo + 1) * i) / 4)
      : Math.round((lo + ((hi - lo) * i) / 4) * 10) / 10;
    if (to < from) continue;
    result.push({ shade: i, from, to: i === 4 ? hi : to });
    from = whole ? to + 1 : Math.round((to + 0.1) * 10) / 10;
  }
  return result;
}

export function shadeOf(value: number, legend: Bin[]): number {
  if (value <= 0) return 0;
  return (legend.find((bin) => bin.shade > 0 && value <= bin.to) ?? legend[legend.length - 1]!)
    .shade;
}
