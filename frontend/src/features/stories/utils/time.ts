/** An instant in Beijing time (UTC+8 all year): `2026-12-05T01:00:00Z` → `2026-12-05 09:00`. */
export function beijingTime(instant: string | null | undefined): string {
  if (!instant) return '';
  const millis = Date.parse(instant);
  if (Number.isNaN(millis)) return instant;
  return new Date(millis + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
