/**
 * Formats an amount in fen (1/100 yuan) as yuan: 1234500 -> "¥12,345.00".
 * Integer arithmetic only (BigInt), so no amount is ever rounded through a float.
 */
export function formatFen(fen: number | bigint): string {
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) {
    throw new RangeError(`fen must be a safe integer, got ${fen}`);
  }
  const value = BigInt(fen);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const yuan = (abs / 100n).toString();
  const cents = (abs % 100n).toString().padStart(2, '0');
  const grouped = yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${grouped}.${cents}`;
}

/** ISO date (yyyy-mm-dd) as shown to users; unambiguous in both languages. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  return isoDate.slice(0, 10);
}

export function formatDateRange(start: string | null | undefined, end: string | null | undefined) {
  const from = formatDate(start);
  const to = formatDate(end);
  if (from && to) return `${from} – ${to}`;
  return from || to;
}
