// Builds the SVG path data of Yunnan's 16 prefecture-level divisions for the province page
// (src/features/province/data/yunnan-map.json) from the boundary file of a registry package.
// Source, licence and why: docs/adr/0012-yunnan-map-data.md and src/features/province/data/NOTICE.
//
//   npm pack echarts@4.9.0 && tar xzf echarts-4.9.0.tgz
//   node scripts/build-yunnan-map.mjs package/map/json/province/yunnan.json
//
// Steps: decode the file's compressed coordinates (the package's own "UTF8Encoding": zigzag deltas
// in UTF-16 code units, scale 1024), match each shape to its GB/T 2260 code (the file's six-digit id,
// 530600 → 5306) and check the name against the regions migration, project (equirectangular with the
// x axis scaled by cos 25°N, fitted to the view box), simplify (Douglas–Peucker on the arcs between
// points where the set of prefectures sharing a point changes, so that a border shared by two
// prefectures is simplified once and both keep the same line), and write rounded path data.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = process.argv[2];
if (!source) {
  console.error(
    'usage: node scripts/build-yunnan-map.mjs <echarts-4.9.0>/map/json/province/yunnan.json',
  );
  process.exit(2);
}
const OUT = join(here, '../src/features/province/data/yunnan-map.json');
const MIGRATION = join(
  here,
  '../../backend/src/main/resources/db/migration/V2__regions_yunnan.sql',
);
const WIDTH = 600;
const TOLERANCE = 1.1; // view box units
const LAT0 = (25 * Math.PI) / 180;

const prefectureNames = new Map(
  [
    ...readFileSync(MIGRATION, 'utf8').matchAll(/\('(53\d\d)', '53', 'prefecture', '([^']+)'\)/g),
  ].map((m) => [m[1], m[2]]),
);
if (prefectureNames.size !== 16)
  throw new Error(`expected 16 prefectures in ${MIGRATION}, found ${prefectureNames.size}`);

const json = JSON.parse(readFileSync(source, 'utf8'));
const scale = json.UTF8Scale ?? 1024;

function decodeRing(encoded, offsets) {
  const ring = [];
  let prevX = offsets[0];
  let prevY = offsets[1];
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function polygonsOf(geometry) {
  if (!json.UTF8Encoding)
    throw new Error('expected the compressed (UTF8Encoding) form of the file');
  if (geometry.type === 'Polygon') {
    return [geometry.coordinates.map((ring, i) => decodeRing(ring, geometry.encodeOffsets[i]))];
  }
  if (geometry.type === 'MultiPolygon') {
    return geometry.coordinates.map((polygon, p) =>
      polygon.map((ring, i) => decodeRing(ring, geometry.encodeOffsets[p][i])),
    );
  }
  throw new Error(`unexpected geometry ${geometry.type}`);
}

// 1. Decode and match.
const shapes = json.features.map((feature) => {
  const code = String(feature.id).slice(0, 4);
  const expected = prefectureNames.get(code);
  if (!expected)
    throw new Error(
      `feature ${feature.id} (${feature.properties.name}) is not a Yunnan prefecture`,
    );
  if (expected !== feature.properties.name) {
    throw new Error(
      `feature ${feature.id} is named ${feature.properties.name}, GB/T 2260 ${code} is ${expected}`,
    );
  }
  return {
    code,
    name: expected,
    polygons: polygonsOf(feature.geometry),
    centre: feature.properties.cp,
  };
});
const codes = new Set(shapes.map((s) => s.code));
if (codes.size !== 16 || shapes.length !== 16)
  throw new Error(`expected 16 distinct prefectures, got ${shapes.length}`);

// 2. Project.
let minX = Infinity;
let minY = Infinity;
let maxX = -Infinity;
let maxY = -Infinity;
const project = ([lon, lat]) => [lon * Math.cos(LAT0), -lat];
for (const shape of shapes) {
  for (const polygon of shape.polygons) {
    for (const ring of polygon) {
      for (const point of ring) {
        const [x, y] = project(point);
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
  }
}
const k = WIDTH / (maxX - minX);
const HEIGHT = Math.ceil((maxY - minY) * k);
const toView = (point) => {
  const [x, y] = project(point);
  return [(x - minX) * k, (y - minY) * k];
};

// 3. Which prefectures share each source point (exact source coordinates are the key).
const key = ([lon, lat]) => `${lon},${lat}`;
const owners = new Map();
for (const shape of shapes) {
  for (const polygon of shape.polygons) {
    for (const ring of polygon) {
      for (const point of ring) {
        const set = owners.get(key(point)) ?? new Set();
        set.add(shape.code);
        owners.set(key(point), set);
      }
    }
  }
}
const ownersKey = (point) => [...owners.get(key(point))].sort().join('|');

function perpendicular(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
}

function douglasPeucker(points) {
  if (points.length <= 2) return points;
  let index = 0;
  let distance = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = perpendicular(points[i], points[0], points[points.length - 1]);
    if (d > distance) {
      distance = d;
      index = i;
    }
  }
  if (distance <= TOLERANCE) return [points[0], points[points.length - 1]];
  const left = douglasPeucker(points.slice(0, index + 1));
  const right = douglasPeucker(points.slice(index));
  return [...left.slice(0, -1), ...right];
}

// Simplifies an arc the same way whichever direction a ring walks it.
function simplifyArc(arc) {
  const forward = key(arc[0]) <= key(arc[arc.length - 1]);
  const ordered = forward ? arc : [...arc].reverse();
  const simplified = douglasPeucker(ordered.map(toView));
  return forward ? simplified : simplified.reverse();
}

function simplifyRing(sourceRing) {
  const ring =
    key(sourceRing[0]) === key(sourceRing[sourceRing.length - 1])
      ? sourceRing.slice(0, -1)
      : sourceRing;
  const n = ring.length;
  const junctions = [];
  for (let i = 0; i < n; i++) {
    const here = ownersKey(ring[i]);
    if (here !== ownersKey(ring[(i - 1 + n) % n]) || here !== ownersKey(ring[(i + 1) % n]))
      junctions.push(i);
  }
  if (junctions.length < 2) {
    // An island or a ring on one neighbour only: anchor it at its first point and the point farthest from it.
    let far = 0;
    let distance = -1;
    for (let i = 0; i < n; i++) {
      const d = Math.hypot(ring[i][0] - ring[0][0], ring[i][1] - ring[0][1]);
      if (d > distance) {
        distance = d;
        far = i;
      }
    }
    junctions.splice(0, junctions.length, 0, far);
  }
  const result = [];
  for (let j = 0; j < junctions.length; j++) {
    const from = junctions[j];
    const to = junctions[(j + 1) % junctions.length];
    const arc = [];
    for (let i = from; ; i = (i + 1) % n) {
      arc.push(ring[i]);
      if (i === to && arc.length > 1) break;
    }
    result.push(...simplifyArc(arc).slice(0, -1));
  }
  return result;
}

const round = (value) => Math.round(value * 10) / 10;
function pathOf(rings) {
  return rings
    .filter((ring) => ring.length >= 3)
    .map((ring) => `M${ring.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}Z`)
    .join('');
}

const prefectures = shapes
  .map((shape) => {
    const rings = shape.polygons.flatMap((polygon) => polygon.map(simplifyRing));
    const [labelX, labelY] = toView(shape.centre);
    return {
      code: shape.code,
      name: shape.name,
      d: pathOf(rings),
      labelX: round(labelX),
      labelY: round(labelY),
    };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

const output = {
  source: 'echarts@4.9.0 map/json/province/yunnan.json (Apache-2.0); see NOTICE',
  viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
  prefectures,
};
writeFileSync(OUT, `${JSON.stringify(output, null, 2)}\n`);
const bytes = Buffer.byteLength(JSON.stringify(output));
console.log(
  `${prefectures.length} prefectures, view box ${output.viewBox}, ${(bytes / 1024).toFixed(1)} kB → ${OUT}`,
);
