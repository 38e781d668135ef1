// Instants from the API (+08:00) shown as Asia/Shanghai wall-clock time; China keeps no DST.
const OFFSET_MS = 8 * 60 * 60_000;

/** An instant as `2026-12-01 18:00` (Asia/Shanghai). */
export function formatInstant(instant: string | null | undefined): string {
  if (!instant || Number.isNaN(Date.parse(instant))) return '';
  const local = new Date(Date.parse(instant) + OFFSET_MS).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}
