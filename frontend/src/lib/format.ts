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

/**
 * Yuan as typed ("12,345.6", "100") to integer fen (1234560, 10000), by string arithmetic:
 * no float ever holds the amount. `null` when it is not an amount with at most 2 decimals.
 */
export function yuanToFen(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[,，\s]/g, '')
    .replace(/^[¥￥]/, '');
  const match = /^(\d{1,13})(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  const fen = BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  return fen <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(fen) : null;
}

/** Integer fen as a plain yuan amount for an input field: 1234560 → "12345.60". */
export function fenToYuan(fen: number | null | undefined): string {
  if (fen == null) return '';
  const value = BigInt(fen);
  return `${value / 100n}.${(value % 100n).toString().padStart(2, '0')}`;
}
