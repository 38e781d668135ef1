/**
 * A GB 11643 number for test data: a real area code (530602, 昭阳区), a random birth date between
 * 1980 and 1999, the obviously fictitious sequence 999 and a valid check character. Never a real
 * person's number: real sequences are assigned by the police, and none of ours ends in 999.
 */
export function testIdNumber(): string {
  const year = 1980 + Math.floor(Math.random() * 20);
  const month = 1 + Math.floor(Math.random() * 12);
  const day = 1 + Math.floor(Math.random() * 28);
  const body = `530602${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}999`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

/** The masked form every screen shows: the first 6 and the last 4 characters. */
export function maskedIdNumber(idNumber: string): string {
  return `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}`;
}

/** A mobile number of the 139 range with random digits (test data only). */
export function testMobile(): string {
  return `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}
