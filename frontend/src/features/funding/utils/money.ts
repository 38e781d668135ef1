/** Basis points as a percentage with at most two decimals: 1000 → "10", 1250 → "12.5". */
export function bpToPercent(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const rest = Math.abs(bp % 100);
  if (rest === 0) return String(whole);
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/**
 * The management fee's share of a budget in basis points, rounded up, by integer arithmetic
 * (fen are safe integers; the product stays below 2^53 for any budget under ¥9 billion).
 */
export function shareBp(partFen: number, totalFen: number): number {
  if (totalFen <= 0) return 0;
  return Math.ceil((partFen * 10000) / totalFen);
}

/** Over the cap exactly as the server counts it: fee × 10000 > cap × total. */
export function overCap(feeFen: number, totalFen: number, capBp: number): boolean {
  return BigInt(feeFen) * 10000n > BigInt(capBp) * BigInt(totalFen);
}

/** Actual and budget differ by more than 10 % of the budget (a report then asks why). */
export function deviatesOverTenPercent(budgetFen: number, actualFen: number): boolean {
  return BigInt(Math.abs(actualFen - budgetFen)) * 10n > BigInt(budgetFen);
}
