// Calls open and close in Asia/Shanghai wall-clock time (the API sends instants with +08:00).
// China keeps no daylight saving time, so the offset is always eight hours.
const OFFSET_MS = 8 * 60 * 60_000;

function shanghaiIso(instant: string): string {
  return new Date(Date.parse(instant) + OFFSET_MS).toISOString();
}

/** A `datetime-local` value (`2026-12-01T18:00`) for an instant, in Asia/Shanghai. */
export function toDateTimeLocal(instant: string | null | undefined): string {
  if (!instant || Number.isNaN(Date.parse(instant))) return '';
  return shanghaiIso(instant).slice(0, 16);
}

/** A `datetime-local` value read in Asia/Shanghai, as the instant the API takes. */
export function fromDateTimeLocal(value: string): string {
  return `${value.length === 16 ? `${value}:00` : value}+08:00`;
}

/** An instant as `2026-12-01 18:00` (Asia/Shanghai). */
export function formatInstant(instant: string | null | undefined): string {
  if (!instant || Number.isNaN(Date.parse(instant))) return '';
  const local = shanghaiIso(instant);
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

/** Today in Asia/Shanghai, `YYYY-MM-DD`. */
export function shanghaiToday(now = Date.now()): string {
  return new Date(now + OFFSET_MS).toISOString().slice(0, 10);
}
