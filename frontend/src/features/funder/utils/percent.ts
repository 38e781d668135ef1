/**
 * A percentage as typed ("30", "12.5", "33.33") to basis points (3000, 1250, 3333), by string
 * arithmetic: no float holds it. `null` when it is not a number with at most two decimals.
 */
export function percentToBp(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{0,2}))?$/.exec(text.trim().replace(/%$/, '').trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Basis points as a percentage for an input or a label: 3000 → "30", 1250 → "12.5". */
export function bpToPercent(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const rest = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : String(whole);
}

/** A whole number ≥ 0 as typed, or `null`. */
export function parseWhole(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** An integer (possibly negative) as typed, or `null`. */
export function parseInteger(text: string): number | null {
  const trimmed = text.trim();
  if (!/^-?\d{1,9}$/.test(trimmed)) return null;
  return Number(trimmed);
}
