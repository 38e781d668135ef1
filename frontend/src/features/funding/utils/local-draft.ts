/**
 * The unsaved application form kept in this browser while the server has not confirmed it (a save
 * refused, the network down, a reload before the save): `qianshou.funding.application.<id>@<version>`,
 * the version being the server's version the typing started from.
 */
const PREFIX = 'qianshou.funding.application.';

export type LocalDraft<Values> = { version: number; values: Values; savedAt: string };

function keysOf(applicationId: string): string[] {
  const keys: string[] = [];
  try {
    for (let index = 0; index < window.localStorage.length; index++) {
      const key = window.localStorage.key(index);
      if (key?.startsWith(`${PREFIX}${applicationId}@`)) keys.push(key);
    }
  } catch {
    // storage unavailable
  }
  return keys;
}

export function writeLocalDraft<Values>(applicationId: string, version: number, values: Values) {
  try {
    for (const key of keysOf(applicationId)) window.localStorage.removeItem(key);
    const draft: LocalDraft<Values> = { version, values, savedAt: new Date().toISOString() };
    window.localStorage.setItem(`${PREFIX}${applicationId}@${version}`, JSON.stringify(draft));
  } catch {
    // storage full or unavailable: the server copy is all we have
  }
}

export function readLocalDraft<Values>(applicationId: string): LocalDraft<Values> | undefined {
  const key = keysOf(applicationId).at(-1);
  if (!key) return undefined;
  try {
    const draft = JSON.parse(window.localStorage.getItem(key) ?? 'null') as LocalDraft<Values>;
    return draft && typeof draft === 'object' && 'values' in draft ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function clearLocalDraft(applicationId: string) {
  try {
    for (const key of keysOf(applicationId)) window.localStorage.removeItem(key);
  } catch {
    // storage unavailable
  }
}
