import { PRIVATE_STORAGE_PREFIX } from '@/lib/auth/logout';

/**
 * The unsaved application form kept in this browser while the server has not confirmed it (a save
 * refused, the network down, a reload before the save):
 * `qianshou.private.funding.<account>.application.<id>@<version>`, the version being the server's
 * version the typing started from. Keyed by account, so another member at the same computer is not
 * offered it; sign-out removes it (`PRIVATE_STORAGE_PREFIX`).
 */
const PREFIX = `${PRIVATE_STORAGE_PREFIX}funding.`;

/** Names one account's copy of one application (the other functions take it as `draftId`). */
export function draftId(accountId: number | undefined, applicationId: string): string {
  return `${accountId ?? 'anonymous'}.application.${applicationId}`;
}

export type LocalDraft<Values> = { version: number; values: Values; savedAt: string };

function keysOf(draftId: string): string[] {
  const keys: string[] = [];
  try {
    for (let index = 0; index < window.localStorage.length; index++) {
      const key = window.localStorage.key(index);
      if (key?.startsWith(`${PREFIX}${draftId}@`)) keys.push(key);
    }
  } catch {
    // storage unavailable
  }
  return keys;
}

export function writeLocalDraft<Values>(draftId: string, version: number, values: Values) {
  try {
    for (const key of keysOf(draftId)) window.localStorage.removeItem(key);
    const draft: LocalDraft<Values> = { version, values, savedAt: new Date().toISOString() };
    window.localStorage.setItem(`${PREFIX}${draftId}@${version}`, JSON.stringify(draft));
  } catch {
    // storage full or unavailable: the server copy is all we have
  }
}

export function readLocalDraft<Values>(draftId: string): LocalDraft<Values> | undefined {
  const key = keysOf(draftId).at(-1);
  if (!key) return undefined;
  try {
    const draft = JSON.parse(window.localStorage.getItem(key) ?? 'null') as LocalDraft<Values>;
    return draft && typeof draft === 'object' && 'values' in draft ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function clearLocalDraft(draftId: string) {
  try {
    for (const key of keysOf(draftId)) window.localStorage.removeItem(key);
  } catch {
    // storage unavailable
  }
}
