// Prints the gzip size of every built JS chunk and fails when the JS loaded on first visit
// (the entry script plus its modulepreloads) is over budget. See docs/frontend-notes.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT_DIR = 'target/classes/public';
const BUDGET_KB = Number(process.env.QIANSHOU_JS_BUDGET_KB ?? 120);

const gz = (file) => gzipSync(readFileSync(join(OUT_DIR, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
const initial = new Set(
  [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]),
);
const chunks = readdirSync(join(OUT_DIR, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => `assets/${name}`)
  .sort();

let initialBytes = 0;
console.log('JS chunks (gzip):');
for (const chunk of chunks) {
  const size = gz(chunk);
  const isInitial = initial.has(chunk);
  if (isInitial) initialBytes += size;
  console.log(`  ${kb(size).padStart(7)} kB  ${chunk}${isInitial ? '  [initial]' : '  [lazy]'}`);
}
console.log(`Initial JS: ${kb(initialBytes)} kB gzip (budget ${BUDGET_KB} kB)`);
if (initialBytes > BUDGET_KB * 1024) {
  console.error(`Initial JS is over budget: ${kb(initialBytes)} kB > ${BUDGET_KB} kB gzip`);
  process.exit(1);
}
