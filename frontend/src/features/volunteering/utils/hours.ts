/**
 * Minutes (integers in the API) as hours for people: 210 → "3.5", 200 → "3.33", 60 → "1".
 * At most two decimals, trailing zeros dropped.
 */
export function formatHours(minutes: number): string {
  const hundredths = Math.round((minutes * 100) / 60);
  const whole = Math.trunc(hundredths / 100);
  const fraction = String(Math.abs(hundredths % 100))
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
