/**
 * Instants from the API shown in Beijing time (Asia/Shanghai, UTC+8 all year: China has no
 * daylight saving time), whatever the browser's zone: `2026-12-31T17:00:00+08:00` → `2026-12-31 17:00`.
 */
export function beijingTime(instant: string | null | undefined): string {
  if (!instant) return '';
  const millis = Date.parse(instant);
  if (Number.isNaN(millis)) return instant;
  return new Date(millis + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The Beijing day of an instant: `2026-12-31`. */
export function beijingDay(instant: string | null | undefined): string {
  return beijingTime(instant).slice(0, 10);
}
