import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One message as e2e/support/mail-sink.mjs writes it. */
export type Mail = { to: string[]; subject: string; text: string; receivedAt: string };

const mailDir = () => resolve(process.env.MAIL_DIR ?? 'target/mail');

function readAll(): Mail[] {
  let names: string[];
  try {
    names = readdirSync(mailDir());
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      try {
        return [JSON.parse(readFileSync(join(mailDir(), name), 'utf8')) as Mail];
      } catch {
        return [];
      }
    });
}

/**
 * Waits for the newest message to `to` that satisfies `predicate`. Fails after `timeoutMs`
 * with what did arrive for that address, which is what one needs to read a failure.
 */
export async function waitForMail(
  to: string,
  predicate: (mail: Mail) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<Mail> {
  const address = to.toLowerCase();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const matching = readAll().filter(
      (mail) => mail.to.some((recipient) => recipient.toLowerCase() === address) && predicate(mail),
    );
    if (matching.length > 0) return matching[matching.length - 1]!;
    if (Date.now() > deadline) {
      const seen = readAll()
        .filter((mail) => mail.to.includes(address))
        .map((mail) => `${mail.receivedAt} ${mail.subject}`);
      throw new Error(
        `no matching mail to ${to} in ${mailDir()} after ${timeoutMs} ms; to that address: ${
          seen.join(' | ') || 'none'
        }`,
      );
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
}

export function receivedSince(since: number) {
  return (mail: Mail) => Date.parse(mail.receivedAt) >= since;
}

/** The 6-digit code in a message's text. */
export function extractCode(mail: Mail): string {
  const match = /\b(\d{6})\b/.exec(mail.text);
  if (!match) throw new Error(`no 6-digit code in mail "${mail.subject}": ${mail.text}`);
  return match[1]!;
}

export function extractLinks(mail: Mail): string[] {
  return mail.text.match(/https?:\/\/\S+/g) ?? [];
}
