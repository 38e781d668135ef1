#!/usr/bin/env node
// Scans text for personal data that must never leave the volunteer feature in clear:
//   - a full ID number: 17 digits and a check character that is a valid GB 11643 number
//     (masked forms such as 530627********1234 do not match: they hold asterisks);
//   - an unmasked mainland mobile number (1[3-9] and nine more digits; 138****0000 does not match);
//   - each of the --literal values given (the journey's own ID number and mobile), also as the
//     hex of their UTF-8 bytes, which is how a bytea column shows text stored in it.
// Usage: node privacy-scan.mjs LABEL [--literal VALUE]... < text
//        node privacy-scan.mjs --self-test
// Prints each finding (masked, so the report itself leaks nothing) and exits 1 when there is any.
import { readFileSync } from 'node:fs';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function isGb11643(candidate) {
  if (!/^\d{17}[\dX]$/.test(candidate)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(candidate[i]), 0);
  if (CHECK[sum % 11] !== candidate[17]) return false;
  const year = Number(candidate.slice(6, 10));
  const month = Number(candidate.slice(10, 12));
  const day = Number(candidate.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

const mask = (value) =>
  value.length > 8
    ? `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`
    : '****';
const hex = (value) => Buffer.from(value, 'utf8').toString('hex');

export function scan(text, literals = []) {
  const findings = [];
  const upper = text.toUpperCase();
  // Not inside a longer run of digits (an 18-digit slice of a 24-digit number is no ID number).
  for (const match of upper.matchAll(/(?<![0-9])[0-9]{17}[0-9X](?![0-9X])/g)) {
    if (isGb11643(match[0])) findings.push(`a GB 11643 ID number ${mask(match[0])}`);
  }
  for (const match of text.matchAll(/(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g)) {
    findings.push(`a mobile number ${mask(match[0])}`);
  }
  const lowerText = text.toLowerCase();
  for (const literal of literals.filter(Boolean)) {
    if (upper.includes(literal.toUpperCase())) findings.push(`the value ${mask(literal)}`);
    if (lowerText.includes(hex(literal))) findings.push(`the value ${mask(literal)} as hex bytes`);
  }
  return findings;
}

function selfTest() {
  // 11010519491231002X is the standard's own example number.
  const planted = [
    'ok: 530627********1234 138****0000 trace 1234567890123456789012',
    'leak: {"idNumber":"11010519491231002X"}',
    'leak: mobile=13912345678',
    `leak: \\x${hex('530602199001019994')}`,
  ].join('\n');
  const found = scan(planted, ['530602199001019994']);
  const clean = scan('530627********1234 138****0000 1234567890123456789012 110105194912310021');
  const ok =
    found.some((f) => f.startsWith('a GB 11643')) &&
    found.some((f) => f.startsWith('a mobile')) &&
    found.some((f) => f.endsWith('as hex bytes')) &&
    clean.length === 0;
  console.log(
    ok ? 'privacy scan self-test: ok' : `privacy scan self-test FAILED: ${found} / ${clean}`,
  );
  process.exit(ok ? 0 : 1);
}

const args = process.argv.slice(2);
if (args[0] === '--self-test') selfTest();
const label = args[0] ?? 'input';
const literals = [];
for (let i = 1; i < args.length; i++) if (args[i] === '--literal') literals.push(args[++i] ?? '');
const findings = scan(readFileSync(0, 'utf8'), literals);
if (findings.length > 0) {
  console.error(`PRIVACY: ${label} holds ${findings.length} item(s) of personal data in clear:`);
  for (const finding of [...new Set(findings)].slice(0, 20)) console.error(`  - ${finding}`);
  process.exit(1);
}
console.log(`privacy: nothing found in ${label}`);
