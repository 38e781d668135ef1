/**
 * What this account proposed or recorded in this browser (awards, payments, pledges), so that the
 * proposer is told at once that another member must approve it. The server's four-eyes rule is
 * the guard; this only spares the proposer a refused click. An answer naming the proposer
 * (`proposedByMe`, `proposedByAccountId`) wins where the API gives one.
 */
type Kind = 'award' | 'payment' | 'match';

const KEY = 'qianshou.funder.own';

function read(): Record<string, true> {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '{}');
    return value && typeof value === 'object' ? (value as Record<string, true>) : {};
  } catch {
    return {};
  }
}

const key = (kind: Kind, accountId: number, id: number) => `${kind}:${accountId}:${id}`;

export function rememberOwn(kind: Kind, accountId: number | undefined, id: number): void {
  if (accountId === undefined) return;
  try {
    const all = read();
    all[key(kind, accountId, id)] = true;
    window.localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // storage unavailable: the server's 403 still tells the proposer
  }
}

export function isOwn(kind: Kind, accountId: number | undefined, id: number): boolean {
  return accountId !== undefined && read()[key(kind, accountId, id)] === true;
}
