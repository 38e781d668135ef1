// Helpers of bench/scale.sh (Node 18+, no packages): the write-to-searchable lag (P4), the raw _bulk indexing of the
// project documents (P5), the JS a visitor downloads for the public search page (P6), and the report (table and
// SVG chart). Each prints one JSON object on stdout; progress goes to stderr.
//
//   node tools.mjs lag     APP_URL ES_URL ALIAS IDS_FILE RATE_PER_S SECONDS ADMIN_EMAIL ADMIN_PASSWORD
//   node tools.mjs bulk    ES_URL ALIAS INDEX_DEFINITION_JSON TARGET_INDEX WORK_FILE [MAX_DOCUMENTS] [IN_FLIGHT]
//   node tools.mjs js-size PUBLIC_DIR
//   node tools.mjs report  RUN_DIR OUT_MD OUT_SVG
import { createReadStream, createWriteStream, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';

const log = (...a) => console.error('[scale]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.now();

async function json(url, options = {}) {
  const res = await fetch(url, {
    ...options,
    headers: { 'Content-Type': 'application/json', ...(options.headers ?? {}) },
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${options.method ?? 'GET'} ${url}: ${res.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// P4: RATE writes a second for SECONDS through PUT /api/admin/projects/{id} (the administrator's edit of a project,
// the same service as every write: row, version and outbox row in one transaction). The write has committed when
// its answer arrives; from then on Elasticsearch is asked every 20 ms (a _search, so only what a refresh made
// searchable counts) whether the project's document has the new version. Lag = first such answer − the write's answer.
async function lag([app, es, alias, idsFile, rate, seconds, email, password]) {
  const token = (await json(`${app}/api/auth/token`, {
    method: 'POST',
    body: JSON.stringify({ identifier: email, password }),
  })).access_token;
  const auth = { Authorization: `Bearer ${token}` };
  const ids = readFileSync(idsFile, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  const writes = Math.min(ids.length, Math.round(Number(rate) * Number(seconds)));
  log(`lag: preparing ${writes} writes`);
  const bodies = [];
  for (let k = 0; k < writes; k++) {
    const d = await json(`${app}/api/projects/${ids[k]}`, { headers: auth });
    bodies.push({
      organisationId: d.organisation.id,
      title: `${d.title.replace(/（更新\d+）$/, '')}（更新${k + 1}）`.slice(0, 200),
      description: d.description,
      regionCodes: d.regions.map((r) => r.code),
      targetGroups: d.targetGroups,
      serviceCategories: d.serviceCategories,
      programme: d.programme,
      fundingType: d.fundingType,
      status: d.status,
      startDate: d.startDate,
      endDate: d.endDate,
      budgetFen: d.budgetFen,
    });
  }
  const lags = [];
  const failures = [];
  const interval = 1000 / Number(rate);
  const started = now();
  const pending = [];
  for (let k = 0; k < writes; k++) {
    const due = started + k * interval;
    if (due > now()) await sleep(due - now());
    pending.push((async () => {
      const id = ids[k];
      try {
        const saved = await json(`${app}/api/admin/projects/${id}`, {
          method: 'PUT',
          headers: auth,
          body: JSON.stringify(bodies[k]),
        });
        const committed = now();
        const deadline = committed + 60_000;
        while (now() < deadline) {
          const r = await json(`${es}/${alias}/_search`, {
            method: 'POST',
            body: JSON.stringify({ query: { ids: { values: [String(id)] } }, version: true, _source: false }),
          });
          const hit = r.hits.hits[0];
          if (hit && hit._version >= saved.version) {
            lags.push(now() - committed);
            return;
          }
          await sleep(20);
        }
        failures.push(`${id}: not searchable within 60 s`);
      } catch (e) {
        failures.push(`${id}: ${e.message}`);
      }
    })());
  }
  await Promise.all(pending);
  const wall = (now() - started) / 1000;
  lags.sort((a, b) => a - b);
  const out = {
    writes,
    ratePerSecond: Number(rate),
    wallSeconds: Number(wall.toFixed(1)),
    searchable: lags.length,
    failures: failures.length,
    failureSamples: failures.slice(0, 5),
    p50_ms: Number(percentile(lags, 50)?.toFixed(1)),
    p95_ms: Number(percentile(lags, 95)?.toFixed(1)),
    p99_ms: Number(percentile(lags, 99)?.toFixed(1)),
    max_ms: Number(lags.at(-1)?.toFixed(1)),
  };
  console.log(JSON.stringify(out));
}

// P5, the anchor: the documents behind ALIAS (read once with search_after into WORK_FILE as _bulk lines, with their
// ids and external versions as the rebuild writes them), then, timed, loaded into a new index made from the same
// definition as the rebuild makes it (no refresh while loading, the refresh interval restored after), in _bulk
// requests of 1,000 documents (the rebuild's batch) with up to IN_FLIGHT (2, the rebuild's) in flight, and refreshed.
// With MAX_DOCUMENTS, the first that many (by id, rounded up to 5,000): a rate, compared with the rebuild's rate.
async function bulk([es, alias, definitionFile, target, workFile, maxDocuments, inFlight]) {
  const limit = Number(maxDocuments || Infinity);
  const parallel = Number(inFlight || 2);
  await fetch(`${es}/${target}`, { method: 'DELETE' });
  const out = createWriteStream(workFile);
  let after = null;
  let documents = 0;
  const dumpStarted = now();
  for (;;) {
    const body = { size: 5000, sort: [{ id: 'asc' }], version: true, query: { match_all: {} } };
    if (after) body.search_after = after;
    const r = await json(`${es}/${alias}/_search`, { method: 'POST', body: JSON.stringify(body) });
    const hits = r.hits.hits;
    if (hits.length === 0 || documents >= limit) break;
    let chunk = '';
    for (const h of hits) {
      chunk += `${JSON.stringify({ index: { _id: h._id, version: h._version, version_type: 'external_gte' } })}\n`;
      chunk += `${JSON.stringify(h._source)}\n`;
    }
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
    documents += hits.length;
    after = hits.at(-1).sort;
    if (documents % 100_000 < 5000) log(`bulk: read ${documents} documents`);
  }
  await new Promise((r) => out.end(r));
  const dumpMillis = now() - dumpStarted;
  const definition = JSON.parse(readFileSync(definitionFile, 'utf8'));
  const refreshInterval = definition.settings?.refresh_interval ?? null;
  definition.settings = { ...definition.settings, refresh_interval: '-1' };
  await json(`${es}/${target}`, { method: 'PUT', body: JSON.stringify(definition) });
  const lines = createInterface({ input: createReadStream(workFile), crlfDelay: Infinity });
  let batch = [];
  let errors = 0;
  const sending = new Set();
  const send = (lines) => {
    const request = json(`${es}/${target}/_bulk`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-ndjson' },
      body: `${lines.join('\n')}\n`,
    }).then((r) => {
      if (r.errors) errors += r.items.filter((i) => i.index?.error).length;
    });
    const tracked = request.finally(() => sending.delete(tracked));
    sending.add(tracked);
    return tracked;
  };
  const started = now();
  for await (const line of lines) {
    batch.push(line);
    if (batch.length === 2000) {
      while (sending.size >= parallel) await Promise.race(sending);
      send(batch);
      batch = [];
    }
  }
  if (batch.length) send(batch);
  await Promise.all(sending);
  await json(`${es}/${target}/_settings`, {
    method: 'PUT',
    body: JSON.stringify({ index: { refresh_interval: refreshInterval } }),
  });
  await json(`${es}/${target}/_refresh`, { method: 'POST' });
  const millis = now() - started;
  const count = (await json(`${es}/${target}/_count`)).count;
  await fetch(`${es}/${target}`, { method: 'DELETE' });
  console.log(JSON.stringify({
    documents,
    indexed: count,
    errors,
    dumpMillis: Math.round(dumpMillis),
    millis: Math.round(millis),
    docsPerSecond: Math.round(documents / (millis / 1000)),
  }));
}

// P6: the JS a first visit to /projects downloads: the entry script and its modulepreloads (index.html), then the
// lazy module of the project search route and every chunk it imports, statically or through Vite's preload list,
// each gzip-compressed (level 9) as the app serves it.
function jsSize([publicDir]) {
  const assets = join(publicDir, 'assets');
  const html = readFileSync(join(publicDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1].slice(7));
  const source = (f) => readFileSync(join(assets, f), 'utf8');
  // the route module: the chunk that calls the project search API (/api/projects/search); none when that code is in
  // the initial JS already (an older build without a lazy search route)
  const calling = readdirSync(assets).filter((f) => f.endsWith('.js') && source(f).includes('projects/search'));
  const lazy = calling.filter((f) => !initial.includes(f));
  if (calling.length === 0) throw new Error('no built chunk calls /api/projects/search');
  // of several lazy chunks, the one named like the route's module (features/search/routes/search-page)
  const route = lazy.find((f) => /^search-page-/.test(f)) ?? lazy[0] ?? null;
  const files = new Set(initial);
  const visit = (f) => {
    if (f === null || (files.has(f) && f !== route)) return;
    files.add(f);
    const text = source(f);
    for (const m of text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) if (!files.has(m[1])) visit(m[1]);
  };
  visit(route);
  const list = [...files].map((f) => ({ file: f, gzipBytes: gzipSync(readFileSync(join(assets, f)), { level: 9 }).length }));
  const total = list.reduce((s, f) => s + f.gzipBytes, 0);
  const initialBytes = list.filter((f) => initial.includes(f.file)).reduce((s, f) => s + f.gzipBytes, 0);
  console.log(JSON.stringify({ route, gzipBytes: total, initialGzipBytes: initialBytes, files: list }));
}

// The report: bench/results/<date>-scale.md (the table) and .svg (latency percentiles and throughput).
function report([runDir, outMd, outSvg]) {
  const r = JSON.parse(readFileSync(join(runDir, 'results.json'), 'utf8'));
  const ms = (us) => (us / 1000).toFixed(1);
  const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
  // answers that succeeded per second, and how many failed when any did (a run of errors has no throughput)
  const rate = (x) =>
    `${x.rps.toFixed(x.rps < 10 ? 1 : 0)}/s${x.errors > 0 ? ` (${x.non2xx} of ${x.requests} answers not 2xx, ${x.errors - x.non2xx} socket errors or time-outs)` : ''}`;
  const rows = [];
  for (const q of r.p1) {
    rows.push([`P1 ${q.name}: median`, `${ms(q.api.p50_us)} ms`, `${ms(q.es.p50_us)} ms`, ratio(q.api.p50_us, q.es.p50_us), '≤ 1.15']);
    rows.push([`P1 ${q.name}: p95`, `${ms(q.api.p95_us)} ms`, `${ms(q.es.p95_us)} ms`, ratio(q.api.p95_us, q.es.p95_us), '']);
  }
  const medianRatio = (() => {
    const v = r.p1.map((q) => q.api.p50_us / q.es.p50_us).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)];
  })();
  for (const q of r.p2) {
    rows.push([`P2 ${q.name}: median`, `${ms(q.api.p50_us)} ms`, `${ms(q.pg.p50_us)} ms`, ratio(q.api.p50_us, q.pg.p50_us), '< 1']);
    rows.push([`P2 ${q.name}: p95`, `${ms(q.api.p95_us)} ms`, `${ms(q.pg.p95_us)} ms`, ratio(q.api.p95_us, q.pg.p95_us), '']);
    rows.push([`P2 ${q.name}: throughput, ${r.p2Connections} connections`, rate(q.apiLoad), rate(q.pgLoad), ratio(q.apiLoad.rps, q.pgLoad.rps), '> 1']);
  }
  rows.push([`P3 saturation throughput, search mix ${r.p3.searchConnections ?? r.p3.connections} connections, bare ${r.p3.connections}`, rate(r.p3.search), rate(r.p3.bare), ratio(r.p3.search.rps, r.p3.bare.rps), '']);
  rows.push([`P4 write → searchable, p50 (${r.p4.writes} writes at ${r.p4.ratePerSecond}/s)`, `${r.p4.p50_ms} ms`, '', '', '≤ 1 s refresh + outbox']);
  rows.push([`P4 write → searchable, p99`, `${r.p4.p99_ms} ms`, '', '', '']);
  // a ratio only for the same documents timed in the same pass: a partial anchor or a rebuild taken over from an
  // earlier pass gives two rates, not a ratio
  const p5Alike = r.p5.bulk.documents >= r.p5.rebuild.documents && !r.resumed?.rebuild;
  rows.push([`P5 rebuild of the projects (docs/s)`, `${r.p5.rebuild.docsPerSecond}/s`, `${r.p5.bulk.docsPerSecond}/s${p5Alike ? '' : ` (${r.p5.bulk.documents} documents)`}`, p5Alike ? ratio(r.p5.rebuild.docsPerSecond, r.p5.bulk.docsPerSecond) : 'none: not like for like', '']);
  rows.push([`P6 JS for /projects (gzip)`, `${(r.p6.gzipBytes / 1024).toFixed(1)} KiB`, `${(r.p6.initialGzipBytes / 1024).toFixed(1)} KiB initial`, '', '']);
  rows.push([`P7 app resident memory, under load vs idle (warmed up, resting)`, `${(r.p7.loadKiB / 1024).toFixed(0)} MiB`, `${(r.p7.idleKiB / 1024).toFixed(0)} MiB`, ratio(r.p7.loadKiB, r.p7.idleKiB), '']);
  if (r.p7.idleBeforeWarmUpKiB) {
    rows.push([`P7 app resident memory, under load vs idle (started, before the warm-up)`, `${(r.p7.loadKiB / 1024).toFixed(0)} MiB`, `${(r.p7.idleBeforeWarmUpKiB / 1024).toFixed(0)} MiB`, ratio(r.p7.loadKiB, r.p7.idleBeforeWarmUpKiB), '']);
  }
  const head = ['figure', 'ours', 'anchor', 'ratio', 'goal'];
  const table = [head, head.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
  const md = `# Scale benchmark, ${r.date}

\`bench/scale.sh ${r.projects}\` on ${r.machine.cores} cores, ${r.machine.memGiB} GiB (${r.machine.note}).
Heaps: Elasticsearch ${r.heaps.es}, app ${r.heaps.app}; PostgreSQL shared_buffers ${r.heaps.pg}.
Load average (1 min) during the measurements: min ${r.machine.load.min}, mean ${r.machine.load.mean}, max ${r.machine.load.max}
(before the run: ${r.machine.load.before}).

Data: ${r.load.projects} projects (${r.load.publicProjects} public), ${r.load.organisations} organisations, ${r.load.joinRows}
region, target-group and category rows, seed ${r.seed}. Load by COPY: ${(r.load.millis / 1000).toFixed(1)} s. Rebuild of every
index: ${(r.rebuild.totalMillis / 1000).toFixed(1)} s (projects: ${(r.rebuild.projectsMillis / 1000).toFixed(1)} s). PostgreSQL search table and its
indexes: ${(r.pgTableMillis / 1000).toFixed(1)} s.

${table}

P1: ours = \`GET /api/projects/search\` through the app; anchor = the identical request body (taken from the app's
search module) POSTed to Elasticsearch's \`_search\` directly. One connection, ${r.p1Seconds} s each, median of the five ratios:
**${medianRatio.toFixed(2)}**. P2: ours = the same API; anchor = the PostgreSQL-only search behind the same HTTP layer
(\`/api/bench/projects/postgres-search\`); a ratio below 1 means ours is faster. P3: mix of the five P1 searches vs
\`GET /api/bench/bare\`. P5: the app's rebuild (PostgreSQL read, documents built, _bulk) vs raw _bulk of the same
documents into an index of the same definition, both without refresh while loading, batches of 1,000, two in flight${r.p5.bulk.documents < r.p5.rebuild.documents ? ` (the anchor: the first ${r.p5.bulk.documents} documents; a rate beside a rate)` : ''}.${r.resumed?.load ? ' The load was done by an earlier pass of the command on the same servers (this one resumed after it, and reports its time).' : ''}${r.resumed?.rebuild ? ' So was the rebuild.' : ''} Errors (non-2xx included) in all runs: ${r.errors}.

![latency and throughput](${outSvg.split('/').pop()})
`;
  writeFileSync(outMd, md);
  writeFileSync(outSvg, svg(r));
  console.log(JSON.stringify({ md: outMd, svg: outSvg, medianRatio }));
}

function svg(r) {
  const series = [
    ...r.p1.map((q) => ({ label: `P1 ${q.name}`, a: q.api, b: q.es, an: 'API', bn: 'Elasticsearch' })),
    ...r.p2.map((q) => ({ label: `P2 ${q.name}`, a: q.api, b: q.pg, an: 'API', bn: 'PostgreSQL' })),
  ];
  const W = 960;
  const rowH = 46;
  const left = 330;
  const top = 60;
  const latH = series.length * rowH;
  const maxUs = Math.max(...series.flatMap((s) => [s.a.p99_us, s.b.p99_us]));
  const x = (us) => left + ((W - left - 40) * us) / maxUs;
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  let out = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${top + latH + 260}" font-family="sans-serif" font-size="12">\n`;
  out += `<text x="10" y="20" font-size="15" font-weight="bold">Qianshou scale benchmark, ${esc(r.date)}: ${r.projects} projects</text>\n`;
  out += `<text x="10" y="40">Latency (ms): bar to the median, whisker to p95, tick at p99. Blue: through the API; grey: the anchor.</text>\n`;
  series.forEach((s, i) => {
    const y = top + i * rowH;
    out += `<text x="10" y="${y + 18}">${esc(s.label)}</text>\n`;
    [[s.a, '#2563eb', s.an, 4], [s.b, '#9ca3af', s.bn, 22]].forEach(([v, c, n, dy]) => {
      out += `<rect x="${left}" y="${y + dy}" width="${x(v.p50_us) - left}" height="14" fill="${c}"/>\n`;
      out += `<line x1="${x(v.p50_us)}" y1="${y + dy + 7}" x2="${x(v.p95_us)}" y2="${y + dy + 7}" stroke="${c}" stroke-width="2"/>\n`;
      out += `<line x1="${x(v.p99_us)}" y1="${y + dy + 2}" x2="${x(v.p99_us)}" y2="${y + dy + 12}" stroke="${c}" stroke-width="2"/>\n`;
      out += `<text x="${x(v.p99_us) + 4}" y="${y + dy + 12}" font-size="10">${esc(n)} ${(v.p50_us / 1000).toFixed(1)} / ${(v.p95_us / 1000).toFixed(1)} / ${(v.p99_us / 1000).toFixed(1)}</text>\n`;
    });
  });
  const bars = [
    ['P3 public search (mix)', r.p3.search.rps, '#2563eb'],
    ['P3 bare endpoint', r.p3.bare.rps, '#9ca3af'],
    ...r.p2.flatMap((q) => [
      [`P2 ${q.name}: API`, q.apiLoad.rps, '#2563eb'],
      [`P2 ${q.name}: PostgreSQL`, q.pgLoad.rps, '#9ca3af'],
    ]),
  ];
  const maxRps = Math.max(...bars.map((b) => b[1]));
  const y0 = top + latH + 30;
  out += `<text x="10" y="${y0}" font-size="13" font-weight="bold">Throughput (requests/s)</text>\n`;
  bars.forEach(([label, rps, c], i) => {
    const y = y0 + 12 + i * 24;
    out += `<text x="10" y="${y + 13}">${esc(label)}</text>\n`;
    out += `<rect x="${left}" y="${y}" width="${((W - left - 120) * rps) / maxRps}" height="16" fill="${c}"/>\n`;
    out += `<text x="${left + ((W - left - 120) * rps) / maxRps + 4}" y="${y + 13}">${rps.toFixed(0)}</text>\n`;
  });
  out += '</svg>\n';
  return out;
}

const [command, ...args] = process.argv.slice(2);
const commands = { lag, bulk, 'js-size': jsSize, report };
if (!commands[command]) {
  console.error(`usage: node tools.mjs ${Object.keys(commands).join('|')} …`);
  process.exit(2);
}
Promise.resolve(commands[command](args)).catch((e) => {
  console.error(e);
  process.exit(1);
});
