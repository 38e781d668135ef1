// The SPA checks a GB 11643 number before sending it, so that a typo is pointed out at once; the
// server checks it again (and the area code, and the age), and its answer is the one that counts.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The ID types the backend knows, in the order the form lists them. */
export const ID_TYPES = [
  'resident-id',
  'hmt-residence-permit',
  'passport',
  'foreign-permanent-residence',
] as const;
export type IdType = (typeof ID_TYPES)[number];

/** Types whose number is a GB 11643 number carrying the birth date. */
export function carriesBirthDate(idType: string): boolean {
  return idType === 'resident-id' || idType === 'hmt-residence-permit';
}

/** Upper case, spaces removed: what the user meant. */
export function normaliseIdNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** Why a GB 11643 number is wrong, or `undefined` when its form, date and check character hold. */
export function gb11643Problem(value: string): 'format' | 'birthDate' | 'check' | undefined {
  const number = normaliseIdNumber(value);
  if (!/^\d{17}[\dX]$/.test(number)) return 'format';
  const year = Number(number.slice(6, 10));
  const month = Number(number.slice(10, 12));
  const day = Number(number.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    date.getTime() > Date.now()
  ) {
    return 'birthDate';
  }
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(number[index]), 0);
  return CHECK[sum % 11] === number[17] ? undefined : 'check';
}
