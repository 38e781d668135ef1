/** GB 32100-2015 unified social credit code: 17 characters and a check character. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights 3^(i-1) mod 31 for i = 1..17. */
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let weight = 1;
  for (let k = 0; k < i; k++) weight = (weight * 3) % 31;
  return weight;
});

export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new Error(`need 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new Error(`"${first17[i]}" is not allowed in a credit code`);
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/**
 * A valid code unique to this run: 5 (民政) 2 (社会服务机构), registration authority 530627
 * (镇雄县), then 9 digits from the clock as the subject identifier.
 */
export function uniqueCreditCode(now = Date.now()): string {
  const first17 = `52530627${String(now).slice(-9).padStart(9, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}
