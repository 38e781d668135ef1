// Hours are stored and sent as whole minutes; people type and read hours (3.5 h = 210 minutes).

/** 210 → "3.5", 200 → "3.33", 180 → "3". */
export function minutesToHours(minutes: number | null | undefined): string {
  if (minutes == null) return '';
  const hundredths = Math.round((minutes * 100) / 60);
  const whole = Math.trunc(hundredths / 100);
  const fraction = String(hundredths % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** "3.5" (or "3,5", "3.5 h") → 210; null when it is not a number of hours with at most 2 decimals. */
export function hoursToMinutes(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,，](\d{1,2}))?$/.exec(text.trim().replace(/\s*(h|小时)$/i, ''));
  if (!match) return null;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Math.round((hundredths * 60) / 100);
}
