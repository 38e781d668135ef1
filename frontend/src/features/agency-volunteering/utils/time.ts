// Shifts and deadlines are Asia/Shanghai wall-clock times (the API sends instants with +08:00).
// China keeps no daylight saving time, so the offset is always eight hours.
const OFFSET_MS = 8 * 60 * 60_000;

/** An instant as Asia/Shanghai date and time: `2026-12-05T01:00:00Z` → `2026-12-05`, `09:00`. */
export function shanghaiParts(instant: string): { date: string; time: string } {
  const local = new Date(Date.parse(instant) + OFFSET_MS).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** A `datetime-local` value (`2026-12-01T18:00`) for an instant, in Asia/Shanghai. */
export function toDateTimeLocal(instant: string | null | undefined): string {
  if (!instant || Number.isNaN(Date.parse(instant))) return '';
  const { date, time } = shanghaiParts(instant);
  return `${date}T${time}`;
}

/** A `datetime-local` value read in Asia/Shanghai, as the instant the API takes. */
export function fromDateTimeLocal(value: string): string {
  return `${value.length === 16 ? `${value}:00` : value}+08:00`;
}

/** `2026-12-05 09:00–12:30` (Asia/Shanghai), the way a shift is named on every page. */
export function formatShift(startsAt: string, endsAt: string): string {
  const start = shanghaiParts(startsAt);
  const end = shanghaiParts(endsAt);
  return start.date === end.date
    ? `${start.date} ${start.time}–${end.time}`
    : `${start.date} ${start.time} – ${end.date} ${end.time}`;
}

/** An instant as `2026-12-01 18:00` (Asia/Shanghai). */
export function formatInstant(instant: string | null | undefined): string {
  if (!instant || Number.isNaN(Date.parse(instant))) return '';
  const { date, time } = shanghaiParts(instant);
  return `${date} ${time}`;
}

/** Today in Asia/Shanghai, `YYYY-MM-DD`. */
export function shanghaiToday(now = Date.now()): string {
  return new Date(now + OFFSET_MS).toISOString().slice(0, 10);
}
