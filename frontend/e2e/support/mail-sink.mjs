// A tiny SMTP server for browser journeys: every message it receives is written as JSON
// {to, subject, text, receivedAt} to $MAIL_DIR/<timestamp>-<n>.json, where e2e/support/mail.ts
// reads it. Local only: 127.0.0.1, no authentication, no TLS. infra/test.sh starts it and
// points the backend's SMTP settings at 127.0.0.1:$MAIL_SINK_PORT.
//
//   MAIL_DIR=target/mail MAIL_SINK_PORT=2525 node e2e/support/mail-sink.mjs
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const port = Number(process.env.MAIL_SINK_PORT ?? 2525);
const dir = resolve(process.env.MAIL_DIR ?? 'target/mail');
mkdirSync(dir, { recursive: true });

let count = 0;

const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  size: 10 * 1024 * 1024,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const receivedAt = new Date();
        count += 1;
        const message = {
          to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          receivedAt: receivedAt.toISOString(),
        };
        const name = `${receivedAt.getTime()}-${count}.json`;
        // Written under another name, then renamed: a reader never sees half a file.
        const partial = join(dir, `.${name}.partial`);
        writeFileSync(partial, JSON.stringify(message, null, 2));
        renameSync(partial, join(dir, name));
        console.log(`mail-sink: ${name} to ${message.to.join(', ')}: ${message.subject}`);
        callback();
      })
      .catch((error) => {
        console.error('mail-sink: could not read a message', error);
        callback(error);
      });
  },
});

server.on('error', (error) => console.error('mail-sink:', error.message));
server.listen(port, '127.0.0.1', () => {
  console.log(`mail-sink: listening on 127.0.0.1:${port}, writing to ${dir}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
