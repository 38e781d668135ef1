/** GB 32100 统一社会信用代码: 18 characters from this alphabet (no I, O, Z, S, V). */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** What the user typed, as the code is written: upper case, no spaces. */
export function normaliseCreditCode(value: string): string {
  return value.toUpperCase().replace(/\s+/g, '');
}

/** The shape only; the check character is the server's to verify. */
export function isCreditCodeFormat(value: string): boolean {
  return FORMAT.test(value);
}
