// The client side of bench/faults.sh: a steady write load that records every acknowledged write, probes of the
// routes that must answer 503 during an outage, the comparison of PostgreSQL, the index and the acknowledged
// writes, and the malformed-request generator over the OpenAPI document. No dependencies but Node 20 (and the
// SPA's `yaml` package to read the OpenAPI document).
//
//   node driver.mjs load     --base URL --token T --org ID --project ID --dir DIR [--clients 4] [--rate WRITES_PER_S]
//   node driver.mjs verify   --dir DIR --rows FILE --es URL --prefix P --fault es|pg|kill [--caught-up S --checked S]
//   node driver.mjs diff     --rows FILE --es URL --prefix P            (prints the number of differences)
//   node driver.mjs fuzz     --base URL --spec FILE --dir DIR --count N --admin T --member T --org ID
//                            --project ID --opening ID [--session COOKIE --csrf TOKEN]
//   node driver.mjs searches --base URL                                  (the fixed searches' ids, one line each)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [command, ...rest] = process.argv.slice(2);
const opt = {};
for (let i = 0; i < rest.length; i += 2) opt[rest[i].replace(/^--/, '')] = rest[i + 1];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const now = () => Date.now();

// ------------------------------------------------------------------ load

/** A project body as an agency's staff write it; `n` makes it unique. */
function projectBody(n, version) {
  const body = {
    title: `断网演练项目 ${n} 留守儿童关爱`,
    description: `断网演练：第 ${n} 个项目，为留守儿童提供课后陪伴和心理支持。`,
    regionCodes: ['530627'],
    targetGroups: ['left-behind-children'],
    serviceCategories: ['left-behind-children'],
    programme: 'demonstration',
    fundingType: 'government-purchase',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    budgetFen: 1000000 + n,
  };
  if (version !== undefined) body.version = version;
  return body;
}

function openingBody(projectId, n, version) {
  const day = new Date(Date.now() + 20 * 86400000).toISOString().slice(0, 10);
  const deadline = new Date(Date.now() + 19 * 86400000).toISOString().slice(0, 10);
  const body = {
    projectId,
    title: `断网演练志愿岗位 ${n}`,
    description: `陪伴留守儿童读书，第 ${n} 次修改。`,
    regionCode: '530627',
    meetingPlace: '镇雄县乌峰镇',
    targetGroups: ['left-behind-children'],
    category: 'left-behind-children',
    skills: ['tutoring'],
    screening: 'automatic',
    signupDeadline: `${deadline}T18:00:00+08:00`,
    contactName: '演练社工',
    contactPhone: '0870-1234567',
  };
  if (version === undefined) body.shifts = [{ date: day, start: '09:00', end: '12:00', capacity: 5 }];
  else body.version = version;
  return body;
}

async function call(base, method, url, { token, body, lang, timeout = 20000 } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (lang) headers['Accept-Language'] = lang;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const started = now();
  try {
    const res = await fetch(base + url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
    const text = await res.text();
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      type: res.headers.get('content-type') || '',
      json,
      text,
      started,
      ms: now() - started,
    };
  } catch (e) {
    return { status: 0, error: String(e.cause?.code || e.name), started, ms: now() - started };
  }
}

async function load() {
  const { base, token, dir } = opt;
  const org = Number(opt.org);
  const project = Number(opt.project);
  const clients = Number(opt.clients || 4);
  const acks = fs.createWriteStream(path.join(dir, 'acks.jsonl'), { flags: 'a' });
  const answers = fs.createWriteStream(path.join(dir, 'answers.jsonl'), { flags: 'a' });
  const stopFile = path.join(dir, 'stop');
  let serial = 0;
  const record = (what, r) =>
    answers.write(
      JSON.stringify({
        t: r.started,
        ms: r.ms,
        what,
        status: r.status,
        retryAfter: r.retryAfter || null,
        type: r.type || '',
        title: r.json?.title || null,
        detail: r.json?.detail || null,
        error: r.error || null,
      }) + '\n',
    );
  const ack = (kind, op, r) => acks.write(JSON.stringify({ t: r.started, kind, op, id: r.json.id, version: r.json.version }) + '\n');

  // A steady rate: each client starts a write every clients/rate seconds (0: as fast as the app answers).
  const rate = Number(opt.rate || 0);
  const every = rate > 0 ? (clients * 1000) / rate : 0;

  async function client(c) {
    const projects = []; // {id, version, n}
    const openings = [];
    let due = now() + (every * c) / clients;
    while (!fs.existsSync(stopFile)) {
      if (every) {
        await sleep(Math.max(0, due - now()));
        due = Math.max(due + every, now() - every);
      }
      const n = ++serial;
      const dice = Math.random();
      let r;
      if (projects.length < 2 || dice < 0.3) {
        r = await call(base, 'POST', `/api/organisations/${org}/projects`, { token, body: projectBody(n) });
        record('write', r);
        if (r.status === 201) {
          ack('project', 'create', r);
          projects.push({ id: r.json.id, version: r.json.version });
        }
      } else if (dice < 0.75 || openings.length === 0 && dice < 0.85) {
        const p = projects[Math.floor(Math.random() * projects.length)];
        r = await call(base, 'PUT', `/api/projects/${p.id}`, { token, body: projectBody(n, p.version) });
        record('write', r);
        if (r.status === 200) {
          ack('project', 'update', r);
          p.version = r.json.version;
        } else if (r.status !== 503) {
          // An answer lost on the way may have committed: the version this client holds is no longer sure.
          projects.splice(projects.indexOf(p), 1);
        }
      } else if (openings.length < 2 || dice < 0.9) {
        r = await call(base, 'POST', `/api/organisations/${org}/openings`, { token, body: openingBody(project, n) });
        record('write', r);
        if (r.status === 201) {
          ack('opening', 'create', r);
          openings.push({ id: r.json.id, version: r.json.version });
        }
      } else {
        const o = openings[Math.floor(Math.random() * openings.length)];
        r = await call(base, 'PUT', `/api/organisations/${org}/openings/${o.id}`, { token, body: openingBody(project, n, o.version) });
        record('write', r);
        if (r.status === 200) {
          ack('opening', 'update', r);
          o.version = r.json.version;
        } else if (r.status !== 503) {
          openings.splice(openings.indexOf(o), 1);
        }
      }
      if (r.status === 0 || r.status >= 500) await sleep(250);
      else if (r.status >= 400) {
        process.stderr.write(`unexpected ${r.status} on a write: ${r.text?.slice(0, 300)}\n`);
        await sleep(250);
      }
    }
  }

  // Probes: the reads that must answer 503 with Retry-After while a server is away, in both languages.
  async function probes(first) {
    let i = first;
    const reads = [
      ['search', '/api/projects/search?q=留守儿童'],
      ['search', '/api/openings?q=陪伴'],
      ['search', '/api/search?q=留守'],
      ['read', `/api/projects/${project}`],
      ['read', `/api/organisations/${org}`],
    ];
    while (!fs.existsSync(stopFile)) {
      const [what, url] = reads[i % reads.length];
      const lang = i % 2 === 0 ? 'zh-CN' : 'en';
      const r = await call(base, 'GET', url, { lang });
      record(`${what}:${lang}`, r);
      if (what === 'search' && r.status === 200) {
        const total = r.json?.total ?? r.json?.totals ?? null;
        if (total === 0) record(`${what}-empty:${lang}`, r);
      }
      i += 3;
      await sleep(200);
    }
  }

  await Promise.all([...Array.from({ length: clients }, (_, c) => client(c)), probes(0), probes(1), probes(2)]);
  await new Promise((r) => acks.end(r));
  await new Promise((r) => answers.end(r));
}

// ------------------------------------------------------------------ comparison

function readJsonLines(file) {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

/** rows file: "kind<TAB>id<TAB>row version<TAB>document version" per row of PostgreSQL. */
function readRows(file) {
  const rows = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const [kind, id, rowVersion, docVersion] = line.split('\t');
    rows.set(`${kind}/${id}`, { kind, id: Number(id), rowVersion: Number(rowVersion), docVersion: BigInt(docVersion) });
  }
  return rows;
}

async function esDocuments(es, prefix, kind) {
  const docs = new Map();
  let res = await fetch(`${es}/${prefix}-${kind}s/_search?scroll=1m`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ size: 5000, version: true, _source: false, sort: ['_doc'], query: { match_all: {} } }),
  });
  if (!res.ok) throw new Error(`Elasticsearch ${res.status}: ${await res.text()}`);
  let page = await res.json();
  while (page.hits.hits.length) {
    for (const h of page.hits.hits) docs.set(`${kind}/${h._id}`, BigInt(h._version));
    res = await fetch(`${es}/_search/scroll`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scroll: '1m', scroll_id: page._scroll_id }),
    });
    page = await res.json();
  }
  await fetch(`${es}/_search/scroll`, {
    method: 'DELETE',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ scroll_id: page._scroll_id }),
  });
  return docs;
}

async function indexDiff(rows, es, prefix) {
  await fetch(`${es}/${prefix}-projects,${prefix}-openings/_refresh`, { method: 'POST' });
  const docs = new Map([...(await esDocuments(es, prefix, 'project')), ...(await esDocuments(es, prefix, 'opening'))]);
  let missing = 0;
  let stale = 0;
  let extra = 0;
  const examples = [];
  for (const [key, row] of rows) {
    const v = docs.get(key);
    if (v === undefined) {
      missing++;
      if (examples.length < 5) examples.push(`${key} not in the index`);
    } else if (v !== row.docVersion) {
      stale++;
      if (examples.length < 5) examples.push(`${key} at version ${v} in the index, ${row.docVersion} in PostgreSQL`);
    }
  }
  for (const key of docs.keys()) {
    if (!rows.has(key)) {
      extra++;
      if (examples.length < 5) examples.push(`${key} in the index but not in PostgreSQL`);
    }
  }
  return { rows: rows.size, docs: docs.size, missing, stale, extra, examples };
}

async function diff() {
  const d = await indexDiff(readRows(opt.rows), opt.es, opt.prefix);
  console.log(d.missing + d.stale + d.extra);
}

const isCjk = (s) => /[\u4e00-\u9fff]/.test(s || '');

/** The report of one fault: what was written, what was found, the difference; exit code 1 when it is not zero. */
async function verify() {
  const { dir, fault } = opt;
  const acks = readJsonLines(path.join(dir, 'acks.jsonl'));
  const answers = readJsonLines(path.join(dir, 'answers.jsonl'));
  const marks = Object.fromEntries(
    fs
      .readFileSync(path.join(dir, 'marks'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' '))
      .map(([k, v]) => [k, Number(v)]),
  );
  const rows = readRows(opt.rows);
  const failures = [];

  // Acknowledged writes: each in PostgreSQL at its version or later.
  const latest = new Map();
  for (const a of acks) {
    const key = `${a.kind}/${a.id}`;
    latest.set(key, Math.max(latest.get(key) || 0, a.version));
  }
  let lost = 0;
  const lostExamples = [];
  for (const [key, version] of latest) {
    const row = rows.get(key);
    if (!row || row.rowVersion < version) {
      lost++;
      if (lostExamples.length < 5) lostExamples.push(`${key} acknowledged at version ${version}, found ${row ? row.rowVersion : 'nothing'}`);
    }
  }
  const creates = acks.filter((a) => a.op === 'create').length;
  const kinds = (k) => [...latest.keys()].filter((x) => x.startsWith(k + '/')).length;
  console.log(`  written:  ${acks.length} acknowledged writes (${creates} creations, ${acks.length - creates} updates)`);
  console.log(`            on ${kinds('project')} projects and ${kinds('opening')} openings`);
  console.log(
    `  found:    ${latest.size - lost} of them in PostgreSQL at the acknowledged version or later; ` +
      `${rows.size} project and opening rows in all`,
  );
  const idx = await indexDiff(rows, opt.es, opt.prefix);
  console.log(`            ${idx.docs} documents in the index for ${idx.rows} rows: ${idx.missing} missing, ${idx.stale} stale, ${idx.extra} extra`);
  const difference = lost + idx.missing + idx.stale + idx.extra;
  console.log(`  difference: ${difference} (${lost} acknowledged writes lost, ${idx.missing + idx.stale + idx.extra} index differences)`);
  for (const e of [...lostExamples, ...idx.examples]) console.log(`    ${e}`);
  if (difference !== 0) failures.push(`difference ${difference}`);
  if (acks.length === 0) failures.push('no write was acknowledged: the load did not run');

  // Answers: never a 500; during the outage the expected 503s.
  const count = (list, f) => list.filter(f).length;
  const byStatus = (list) => {
    const m = {};
    for (const a of list) m[a.status] = (m[a.status] || 0) + 1;
    return Object.entries(m)
      .map(([s, c]) => `${s === '0' ? 'no answer' : s}×${c}`)
      .join(', ');
  };
  // Answered entirely while the service was away; and answered before the fault began.
  const out = answers.filter((a) => a.t >= marks.down && a.t + a.ms <= marks.back);
  const before = answers.filter((a) => a.t + a.ms < marks.fault);
  console.log(`  answers:  ${answers.length} in all (${byStatus(answers)})`);
  console.log(`            while down (${((marks.back - marks.down) / 1000).toFixed(1)} s): ${out.length} (${byStatus(out)})`);
  const server500 = answers.filter((a) => a.status >= 500 && a.status !== 503);
  if (server500.length) failures.push(`${server500.length} answers 5xx other than 503 (${byStatus(server500)})`);
  const badBefore = before.filter((a) => a.status !== 200 && a.status !== 201);
  if (badBefore.length) failures.push(`${badBefore.length} failed answers before the fault (${byStatus(badBefore)})`);
  const no503 = (list) => list.filter((a) => !(a.status === 503 && a.retryAfter));
  if (fault === 'es') {
    const searches = out.filter((a) => a.what.startsWith('search:'));
    const wrong = no503(searches);
    console.log(`            searches while down: ${searches.length - wrong.length} of ${searches.length} answered 503 with Retry-After`);
    if (!searches.length) failures.push('no search was probed while Elasticsearch was down');
    if (wrong.length) failures.push(`${wrong.length} searches while down did not answer 503 with Retry-After (${byStatus(wrong)})`);
    const empty = count(out, (a) => a.what.startsWith('search-empty'));
    if (empty) failures.push(`${empty} searches answered an empty result while Elasticsearch was down`);
    const writes = out.filter((a) => a.what === 'write');
    const failedWrites = writes.filter((a) => a.status !== 200 && a.status !== 201);
    console.log(`            writes while down: ${writes.length - failedWrites.length} of ${writes.length} acknowledged`);
    if (failedWrites.length) failures.push(`${failedWrites.length} writes failed while Elasticsearch was down (${byStatus(failedWrites)})`);
    const caught = Number(opt['caught-up']);
    // Measured from Elasticsearch answering again (its health check), the shards' recovery included.
    const shards = ((marks.up - marks.answers) / 1000).toFixed(1);
    const checked = Number(opt.checked);
    console.log(`  caught up: ${Number.isFinite(caught) ? caught.toFixed(1) + ' s' : 'never'} after Elasticsearch answered again (limit 10 s, on this figure): the outbox`);
    console.log(`            found empty, then the index found equal to PostgreSQL by a comparison that ended ${Number.isFinite(checked) ? checked.toFixed(1) + ' s' : 'never'} after`);
    console.log(`            (the figure the earlier runs recorded; documents are searchable at the index's next refresh, within 1 s);`);
    console.log(`            it took ${((marks.answers - marks.back) / 1000).toFixed(1)} s to start, then ${shards} s to recover this run's shards`);
    if (!(caught <= 10)) failures.push('the index did not catch up within 10 s of Elasticsearch answering again');
  }
  if (fault === 'pg') {
    const dbRoutes = out.filter((a) => a.what.startsWith('read:') || a.what === 'write');
    const wrong = no503(dbRoutes);
    const problem = dbRoutes.filter((a) => a.status === 503 && a.type.startsWith('application/problem+json'));
    // the language of the 503s: every read that began while PostgreSQL was away (some are answered only after it is
    // back, when the connection wait ends), so that a short outage under load still shows both languages
    const began = answers.filter((a) => a.what.startsWith('read:') && a.t >= marks.down && a.t <= marks.back && a.status === 503);
    const zh = began.filter((a) => a.what.endsWith(':zh-CN'));
    const en = began.filter((a) => a.what.endsWith(':en'));
    const zhOk = zh.filter((a) => isCjk(a.title) && isCjk(a.detail)).length;
    const enOk = en.filter((a) => !isCjk(a.title) && !isCjk(a.detail) && a.detail).length;
    console.log(`            reads and writes while down: ${dbRoutes.length - wrong.length} of ${dbRoutes.length} answered 503 with Retry-After,`);
    console.log(`            ${problem.length} as problem+json (Chinese ${zhOk}/${zh.length}, English ${enOk}/${en.length})`);
    if (!dbRoutes.length) failures.push('no request reached the app while PostgreSQL was down');
    if (wrong.length) failures.push(`${wrong.length} requests while down did not answer 503 with Retry-After (${byStatus(wrong)})`);
    if (problem.length !== dbRoutes.length) failures.push('a 503 while PostgreSQL was down was not problem+json');
    if (!zh.length || !en.length || zhOk !== zh.length || enOk !== en.length) failures.push('503 problems not in the caller\'s language (zh/en)');
    const after = answers.filter((a) => a.what === 'write' && a.t >= (marks.up || marks.back));
    const recovered = after.find((a) => a.status === 200 || a.status === 201);
    console.log(
      `  recovered: ${recovered ? ((recovered.t - (marks.up || marks.back)) / 1000).toFixed(1) + ' s after PostgreSQL answered again, without restarting the app' : 'never'}`,
    );
    if (!recovered) failures.push('no write was acknowledged after PostgreSQL came back');
  }
  if (fault === 'kill') {
    console.log(`  restarted: the app answered again ${((marks.up - marks.down) / 1000).toFixed(1)} s after kill -9`);
  }
  console.log(failures.length ? `  FAILED: ${failures.join('; ')}` : '  passed');
  process.exit(failures.length ? 1 : 0);
}

// ------------------------------------------------------------------ fixed searches (backup and restore)

export const SEARCHES = [
  '/api/projects/search?q=留守儿童&size=20',
  // (the load's own projects are drafts, never in these results: each search finds the demo projects or the
  // run's published project)
  '/api/projects/search?q=关爱&size=20',
  '/api/projects/search?region=5306&size=20',
  '/api/projects/search?targetGroup=left-behind-children&category=left-behind-children&size=20',
  '/api/projects/search?q=断网演练&size=50',
  '/api/projects/search?page=2&size=10',
  '/api/openings?q=陪伴&size=20',
  '/api/search?q=留守儿童',
];

async function searches() {
  for (const url of SEARCHES) {
    const r = await call(opt.base, 'GET', url);
    if (r.status !== 200) throw new Error(`${url}: ${r.status} ${r.text}`);
    // A kind's own search answers items; the combined search hits (with their kind) and a count per kind.
    const items = r.json.items || r.json.hits || [];
    const ids = items.map((i) => `${i.kind ? i.kind + ':' : ''}${i.id}`);
    if (!ids.length) throw new Error(`${url} found nothing: the comparison would compare nothing`);
    const kinds = (r.json.kinds || []).map((k) => `${k.kind}=${k.count}`);
    console.log(`${url}\ttotal=${r.json.total ?? ''}${kinds.length ? ' ' + kinds.join(' ') : ''}\t${ids.join(',')}`);
  }
}

// ------------------------------------------------------------------ malformed requests

/** A small deterministic random source, so that a failing run can be repeated (--seed). */
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

async function fuzz() {
  const requireFromSpa = createRequire(path.resolve(opt.spa || 'frontend', 'package.json'));
  const YAML = requireFromSpa('yaml');
  const spec = YAML.parse(fs.readFileSync(opt.spec, 'utf8'));
  const random = rng(Number(opt.seed || 12));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const schemas = spec.components?.schemas || {};
  const resolve = (s, depth = 0) => {
    if (!s || depth > 8) return s || {};
    if (s.$ref) return resolve(schemas[s.$ref.split('/').pop()], depth + 1);
    if (s.allOf) return s.allOf.map((x) => resolve(x, depth + 1)).reduce((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties }, required: [...(a.required || []), ...(b.required || [])] }), {});
    if (s.oneOf || s.anyOf) return resolve((s.oneOf || s.anyOf)[0], depth + 1);
    return s;
  };
  const huge = 'A'.repeat(200000);
  const known = {
    organisationId: opt.org,
    id: [opt.org, opt.project, opt.opening],
    projectId: opt.project,
  };
  // A value that is a valid JSON literal of another type than the schema's.
  const wrongType = (s) => {
    s = resolve(s);
    switch (s.type) {
      case 'string':
        // a one-element array is not its element: the body reader refuses it
        return pick([{ x: 1 }, [1, 2], ['断网演练']]);
      case 'integer':
      case 'number':
        return pick(['abc', { x: 1 }, '99999999999999999999999', [1]]);
      case 'boolean':
        return pick(['maybe', { x: 1 }, [], [true]]);
      case 'array':
        return pick([{ x: 1 }, 7]);
      case 'object':
        return pick(['not an object', 7, [1]]);
      default:
        return pick([{ x: 1 }, 'abc', 7, [1]]);
    }
  };
  const validish = (s, depth = 0) => {
    s = resolve(s);
    if (depth > 4) return null;
    if (s.enum) return s.enum[0];
    switch (s.type) {
      case 'string':
        return s.format === 'date' ? '2026-06-01' : s.format === 'date-time' ? '2026-06-01T09:00:00+08:00' : '断网演练';
      case 'integer':
      case 'number':
        return 1;
      case 'boolean':
        return true;
      case 'array':
        return [validish(s.items, depth + 1)];
      default: {
        const o = {};
        for (const [k, v] of Object.entries(s.properties || {})) o[k] = validish(v, depth + 1);
        return o;
      }
    }
  };
  // Bodies that no route may accept: each carries at least one thing that is wrong. The kinds take turns, so that
  // even a small count sends every one of them.
  const bodyKinds = ['syntax', 'root', 'types', 'missing', 'huge', 'nulls', 'trailing', 'wrapped'];
  let bodyTurn = 0;
  const badBody = (schema) => {
    const s = resolve(schema);
    const props = Object.keys(s.properties || {});
    const required = s.required || [];
    const kind = bodyKinds[bodyTurn++ % bodyKinds.length];
    switch (kind) {
      case 'trailing':
        // a body that might be valid, followed by more: never one request, never accepted
        return { kind, raw: JSON.stringify(validish(s)) + pick(['}', ' {}', ' x', ',', ']', ' null', '[1]']) };
      case 'wrapped': {
        // one single value sent as a one-element array ({"version":[1]}): not that value
        const scalars = props.filter((p) => ['string', 'integer', 'number', 'boolean'].includes(resolve(s.properties[p]).type));
        if (scalars.length) {
          const o = validish(s);
          const p = pick(scalars);
          o[p] = [o[p]];
          return { kind, json: o };
        }
        return { kind, raw: JSON.stringify(validish(s)) + '}' };
      }
      case 'syntax':
        return { kind, raw: pick(['{', '{"title":', '[1,', '{"a":1}}', 'null x', '\u0000', '{"title":"\\uZZZZ"}', '{' + '"a":{'.repeat(3000)]) };
      case 'root':
        return { kind, json: pick([[], 'text', 42, true, [validish(s)]]) };
      case 'huge':
        if (props.length) {
          const o = validish(s);
          for (const p of props) o[p] = huge;
          o[props[0]] = wrongType(s.properties[props[0]]);
          return { kind, json: o };
        }
        return { kind, raw: huge };
      case 'nulls':
        if (required.length) {
          const o = validish(s);
          for (const p of required) o[p] = null;
          return { kind: 'nulls', json: o };
        }
      // falls through
      case 'missing':
        if (required.length) {
          const o = validish(s);
          delete o[pick(required)];
          o['unexpected_' + Math.floor(random() * 1000)] = 'extra';
          return { kind: 'missing', json: o };
        }
      // falls through
      case 'types':
      default: {
        if (!props.length) return { kind: 'root', json: pick([[], 'text', 42]) };
        const o = validish(s);
        for (const p of props) if (random() < 0.6 || p === props[0]) o[p] = wrongType(s.properties[p]);
        o['extra_' + Math.floor(random() * 1000)] = { nested: [huge.slice(0, 1000)] };
        return { kind: 'types', json: o };
      }
    }
  };
  const badId = () => pick(['abc', '1.5', '99999999999999999999999', '%00', '-', 'null', "1'--", 'A'.repeat(3000), '%E4%B8%AD', '0x10', '1e3']);
  const badQuery = () => pick(['page=-1', 'size=abc', 'size=100000', 'q=' + 'A'.repeat(5000), 'regionCode[]=x', 'page=1e9', 'from=2026-13-45', '%zz=1', 'sort=' + '\u0000']);

  const operations = [];
  for (const [p, item] of Object.entries(spec.paths)) {
    for (const method of ['get', 'post', 'put', 'delete', 'patch']) {
      if (item[method]) operations.push({ path: p, method: method.toUpperCase(), op: item[method], methods: Object.keys(item) });
    }
  }
  const modes = ['body', 'id', 'method', 'body', 'query', 'content-type'];
  const auths = ['none', 'admin', 'member', 'garbage-bearer', 'session-no-csrf', 'session-csrf', 'session-bad-csrf'];
  const plans = [];
  const count = Number(opt.count || 10000);
  for (let i = 0; i < count; i++) {
    const o = operations[i % operations.length];
    const unsafe = o.method !== 'GET';
    const contentTypes = Object.keys(o.op.requestBody?.content || {});
    const jsonSchema = o.op.requestBody?.content?.['application/json']?.schema;
    const params = (o.op.parameters || []).map((x) => resolve(x));
    const pathParams = params.filter((x) => x.in === 'path');
    // Query parameters that a wrong value makes the request invalid for: numbers, booleans, enums, dates.
    const typedQuery = params.filter((x) => {
      const q = resolve(x.schema);
      return x.in === 'query' && (['integer', 'number', 'boolean'].includes(q.type) || q.enum || /date/.test(q.format || ''));
    });
    // Each operation takes the kinds of malformation in turn (from a different start for each), so that every
    // operation gets several kinds even with a few requests each.
    const round = Math.floor(i / operations.length);
    let mode = modes[(round + (i % operations.length)) % modes.length];
    if (mode === 'body' && !contentTypes.length) mode = pathParams.length ? 'id' : 'method';
    if (mode === 'content-type' && !contentTypes.length) mode = 'method';
    if (mode === 'id' && !pathParams.length) mode = contentTypes.length ? 'body' : 'method';
    // A query is malformed only through a declared parameter with a wrong value (others are ignored), and only
    // for GETs: an unsafe request is made malformed by its body, id or method.
    if (mode === 'query' && (unsafe || !typedQuery.length)) mode = contentTypes.length ? 'body' : pathParams.length ? 'id' : 'method';
    let method = o.method;
    if (mode === 'method') {
      const others = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'].filter((m) => !o.methods.includes(m.toLowerCase()));
      if (others.length) method = pick(others);
      else mode = pathParams.length ? 'id' : 'body';
    }
    let badPath = mode === 'id' ? pick(pathParams).name : null;
    let url = o.path.replace(/\{([^}]+)\}/g, (_, name) => {
      if (name === badPath) return encodeURIComponent(badId()).replace(/%25/g, '%');
      const k = known[name];
      return String(Array.isArray(k) ? pick(k) : k || pick(['1', '2', 'x1']));
    });
    if (mode === 'query') {
      const q = pick(typedQuery);
      const qs = resolve(q.schema);
      const value = qs.type === 'boolean' ? pick(['maybe', '2']) : qs.enum ? 'no-such-' + pick(['value', 'code']) : /date/.test(qs.format || '') ? pick(['2026-13-45', 'yesterday']) : pick(['abc', '1.5x', '99999999999999999999999']);
      url += `?${encodeURIComponent(q.name)}=${encodeURIComponent(value)}`;
    } else if (random() < 0.2) url += '?' + badQuery();
    const plan = { method, url, route: `${o.method} ${o.path}`, mode, auth: pick(auths) };
    if (mode === 'body') Object.assign(plan, { contentType: contentTypes.includes('application/json') ? 'application/json' : contentTypes[0] }, jsonSchema ? badBody(jsonSchema) : { kind: 'not-json', raw: pick(['{', 'garbage', huge]) });
    else if (mode === 'content-type') Object.assign(plan, { contentType: pick(['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']), raw: pick(['a=1&b=2', '<x/>', '--x\r\n', huge.slice(0, 5000)]) });
    else if (unsafe && (mode === 'id' || mode === 'method') && random() < 0.5) Object.assign(plan, { contentType: 'application/json', raw: '{"title": 1' });
    plans.push(plan);
  }

  const stats = { byStatus: {}, byMode: {}, byKind: {}, failures: [], routes: new Set() };
  let next = 0;
  async function worker() {
    while (next < plans.length) {
      const p = plans[next++];
      const headers = { Accept: 'application/json' };
      if (p.auth === 'admin') headers.Authorization = `Bearer ${opt.admin}`;
      if (p.auth === 'member') headers.Authorization = `Bearer ${opt.member}`;
      if (p.auth === 'garbage-bearer') headers.Authorization = 'Bearer eyJhbGciOiJub25lIn0.e30.';
      if (p.auth.startsWith('session')) {
        headers.Cookie = opt.session;
        headers.Origin = opt.base;
        if (p.auth === 'session-csrf') headers['X-CSRF-TOKEN'] = opt.csrf;
        if (p.auth === 'session-bad-csrf') headers['X-CSRF-TOKEN'] = 'x' + opt.csrf;
      }
      let body;
      if (p.contentType) headers['Content-Type'] = p.contentType;
      if (p.raw !== undefined) body = p.raw;
      else if (p.json !== undefined) body = JSON.stringify(p.json);
      if (p.method === 'GET' || p.method === 'HEAD') body = undefined;
      let status;
      let text = '';
      try {
        const res = await fetch(opt.base + p.url, { method: p.method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(30000) });
        status = res.status;
        text = await res.text();
      } catch (e) {
        status = 0;
        text = String(e.cause?.code || e.name);
      }
      stats.byStatus[status] = (stats.byStatus[status] || 0) + 1;
      stats.byMode[p.mode] = (stats.byMode[p.mode] || 0) + 1;
      if (p.kind) stats.byKind[p.kind] = (stats.byKind[p.kind] || 0) + 1;
      stats.routes.add(p.route);
      if (status >= 500 || status === 0) {
        stats.failures.push({ ...p, raw: p.raw?.slice?.(0, 80), json: p.json === undefined ? undefined : JSON.stringify(p.json).slice(0, 160), status, answer: text.slice(0, 200) });
      }
      if (status >= 200 && status < 300 && p.method !== 'GET') {
        stats.failures.push({ method: p.method, url: p.url.slice(0, 120), mode: p.mode, kind: p.kind, status, accepted: true, answer: text.slice(0, 200), json: p.json === undefined ? undefined : JSON.stringify(p.json).slice(0, 160) });
      }
    }
  }
  const started = now();
  await Promise.all(Array.from({ length: Number(opt.concurrency || 6) }, worker));
  const seconds = (now() - started) / 1000;
  const statuses = Object.entries(stats.byStatus)
    .map(([s, c]) => `${s}×${c}`)
    .join(', ');
  console.log(`  sent:     ${plans.length} malformed requests over ${stats.routes.size} of ${operations.length} operations (${Object.keys(spec.paths).length} paths) in ${seconds.toFixed(0)} s`);
  console.log(`            kinds: ${Object.entries(stats.byMode).map(([m, c]) => `${m}×${c}`).join(', ')}`);
  console.log(`            JSON bodies: ${bodyKinds.map((k) => `${k}×${stats.byKind[k] || 0}`).join(', ')}`);
  console.log(`  answers:  ${statuses}`);
  const server = stats.failures.filter((f) => !f.accepted);
  const accepted = stats.failures.filter((f) => f.accepted);
  console.log(`            5xx or no answer: ${server.length}; an unsafe request accepted (2xx): ${accepted.length}`);
  for (const f of stats.failures.slice(0, 15)) console.log(`    ${JSON.stringify(f)}`);
  fs.writeFileSync(path.join(opt.dir, 'fuzz-failures.json'), JSON.stringify(stats.failures, null, 1));
  const unsent = [...modes.filter((m) => !stats.byMode[m]), ...bodyKinds.filter((k) => !stats.byKind[k])];
  if (stats.routes.size !== operations.length) console.log(`  FAILED: ${operations.length - stats.routes.size} operations got no request`);
  if (unsent.length) console.log(`  FAILED: never sent: ${[...new Set(unsent)].join(', ')}`);
  process.exit(stats.failures.length || stats.routes.size !== operations.length || unsent.length ? 1 : 0);
}

const commands = { load, verify, diff, searches, fuzz };
if (!commands[command]) {
  console.error(`usage: driver.mjs ${Object.keys(commands).join('|')} [--option value ...]`);
  process.exit(2);
}
commands[command]().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
