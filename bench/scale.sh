#!/usr/bin/env bash
# The scale benchmark (issue 12): PROJECTS projects (default 1,000,000) loaded by COPY, indexed by the normal rebuild,
# then, in one run on the same data, every figure beside its anchor (P1–P7, see bench/README.md), printed as a table
# and written to bench/results/<date>-scale.md with an SVG chart.
#
# Usage: bench/scale.sh [PROJECTS]
# Runs its own PostgreSQL (127.0.0.1:55532, BENCH_PG_PORT) and Elasticsearch (59400, BENCH_ES_PORT; transport 59500,
# BENCH_ES_TRANSPORT_PORT) with the data dir .data-bench/ (BENCH_DATA_DIR), never the shared ones, and stops them at
# the end (BENCH_KEEP_SERVERS=1 keeps them); the app listens on 18532 (BENCH_PORT). Other ports and another data dir
# run a second benchmark beside one that is running. Heaps, chosen
# to fit 2 cores and 24 GiB beside other work: Elasticsearch BENCH_ES_HEAP (4g), the app BENCH_APP_HEAP (2g),
# PostgreSQL shared_buffers BENCH_PG_SHARED_BUFFERS (1GB). The load tool is wrk (Debian; installed when missing),
# see docs/adr/0015-load-tool.md. BENCH_SECONDS (15) is the length of each timed wrk run, BENCH_SEED (20170101) the
# data set's seed, BENCH_BULK_DOCUMENTS (all) how many of the project documents P5 loads by raw _bulk, BENCH_CONNECTIONS
# (32) the connections of the bare endpoint's saturation run and BENCH_SEARCH_CONNECTIONS (8) those of the search mix's
# (Elasticsearch has a handful of search threads on 2 cores: 32 searches of a second each at once wait longer than the
# 10 s time-out, which measures a queue, not a throughput).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd -P)"
projects="${1:-1000000}"
[[ $projects =~ ^[0-9]+$ && $projects -ge 1000 ]] || { echo "PROJECTS must be a number >= 1000" >&2; exit 2; }
seconds="${BENCH_SECONDS:-15}"
seed="${BENCH_SEED:-20170101}"
es_heap="${BENCH_ES_HEAP:-4g}"
app_heap="${BENCH_APP_HEAP:-2g}"
pg_shared="${BENCH_PG_SHARED_BUFFERS:-1GB}"
port="${BENCH_PORT:-18532}"
connections="${BENCH_CONNECTIONS:-32}"
search_connections="${BENCH_SEARCH_CONNECTIONS:-8}"

# Our own servers, on their own ports and data dir (read by infra/lib.sh when it is sourced).
unset DATABASE_URL DATABASE_USER DATABASE_PASSWORD ELASTICSEARCH_URL QIANSHOU_INDEX_PREFIX
export QIANSHOU_PG_PORT="${BENCH_PG_PORT:-55532}" QIANSHOU_ES_PORT="${BENCH_ES_PORT:-59400}"
export QIANSHOU_ES_TRANSPORT_PORT="${BENCH_ES_TRANSPORT_PORT:-59500}"
for p in "$QIANSHOU_PG_PORT" "$QIANSHOU_ES_PORT" "$QIANSHOU_ES_TRANSPORT_PORT"; do
  [[ $p =~ ^[0-9]+$ ]] || { echo "BENCH_PG_PORT, BENCH_ES_PORT and BENCH_ES_TRANSPORT_PORT must be port numbers" >&2; exit 2; }
done
export QIANSHOU_ES_JAVA_OPTS="-Xms$es_heap -Xmx$es_heap"
# shellcheck source=infra/lib.sh disable=SC1091
source "$repo/infra/lib.sh"
# The data dir: BENCH_DATA_DIR, else .data-bench/ in the repository (or /var/lib/qianshou/<hash>-bench).
qs_use_data_set -bench "${BENCH_DATA_DIR:-}"
cd "$QS_REPO"

app_pid=""
sampler_pid=""
cleanup() {
  local rc=$?
  trap '' INT TERM
  trap - EXIT
  [[ -n $sampler_pid ]] && kill "$sampler_pid" 2>/dev/null || true
  [[ -n $app_pid ]] && qs_stop_app "$app_pid"
  if [[ -z ${BENCH_KEEP_SERVERS:-} ]] && ((${#QS_STARTED[@]})); then
    qs_services_stop "${QS_STARTED[@]}" || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

qs_port_open "$port" && qs_die "port $port is in use (set BENCH_PORT)"
qs_need_cmd wrk
qs_need_cmd curl
qs_need_cmd jq
qs_init_data_dir
qs_build_if_needed
jar="$(qs_find_jar)"
node="$QS_REPO/frontend/node/node"
[[ -x $node ]] || node="$(command -v node)" || qs_die "no Node.js: build the frontend once (./mvnw -pl frontend package)"

run="$QS_DATA/runs/$(date -u +%Y%m%dT%H%M%S)"
mkdir -p "$run"
# the run's own copy of the jar: a build meanwhile does not change what runs
cp "$jar" "$run/app.jar"
jar="$run/app.jar"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
log() { printf '[scale] %s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }

# PostgreSQL tuned for a bulk load and an analytic search, once per cluster.
qs_pg_ensure_installed
qs_pg_init
if ! grep -q 'qianshou bench' "$QS_PGDATA/postgresql.conf"; then
  cat >>"$QS_PGDATA/postgresql.conf" <<CONF

# --- qianshou bench (bench/scale.sh)
shared_buffers = $pg_shared
effective_cache_size = 4GB
work_mem = 32MB
maintenance_work_mem = 512MB
max_wal_size = 8GB
checkpoint_timeout = 15min
jit = off
CONF
fi
qs_services_start postgres elasticsearch
eval "$(qs_services_env)"
qs_export_app_secrets
db=qianshou_scale
export DATABASE_URL="${DATABASE_URL%/*}/$db" QIANSHOU_INDEX_PREFIX=qianshou-scale PORT="$port"
es="$ELASTICSEARCH_URL"
psql_db() { qs_psql -d "$db" "$@"; }
# What an earlier run already did on these servers (the data set, the rebuild), kept beside the data so that a run
# that failed later resumes instead of starting from zero: BENCH_FRESH=1 starts from zero anyway.
state="$QS_DATA/scale-state"
mkdir -p "$state"
# A pass resumes only on what the same code made: the data set's key carries a digest of the generator's classes, the
# rebuild's a digest of every class and index definition of the application (not of the SPA), so a pass with other
# code loads or rebuilds again instead of measuring another version's index.
code_digest() { unzip -p "$jar" "$@" 2>/dev/null | sha256sum | cut -c1-16; }
data_set="$projects-$seed-$(code_digest 'org/qianshou/*/ScaleData*.class')"
app_code="$(code_digest 'org/qianshou/*' 'search/*')"
[[ -n ${BENCH_FRESH:-} ]] && rm -f "$state"/*
if [[ -s $state/load.txt && $(cat "$state/data-set" 2>/dev/null) == "$data_set" ]] &&
  [[ $(psql_db -tAc "SELECT count(*) FROM project" 2>/dev/null) == "$projects" ]]; then
  log "the data set ($projects projects, seed $seed) is already loaded: not loading it again"
  cp "$state/load.txt" "$run/load.txt"
  load_ms=$(cat "$state/load-ms")
  load_resumed=true
else
  load_resumed=false
  rm -f "$state"/*
  qs_pg_createdb "$db"
  qs_es_delete_indices "$QIANSHOU_INDEX_PREFIX"
  # 1. the data set, by COPY, in a schema Flyway made
  log "loading $projects projects (seed $seed)"
  t=$(date +%s%N)
  java "-Xmx$app_heap" -jar "$jar" scale-load "$projects" "$seed" | tee "$run/load.txt" >&2
  load_ms=$(ms_since "$t")
  cp "$run/load.txt" "$state/load.txt"
  echo "$load_ms" >"$state/load-ms"
  echo "$data_set" >"$state/data-set"
fi
read -r organisations join_rows < <(sed -n 's/^Loaded \([0-9]*\) organisations, [0-9]* projects and \([0-9]*\) .*/\1 \2/p' "$run/load.txt")
public_projects=$(psql_db -tAc "SELECT count(*) FROM project WHERE status IN ('published', 'closed')")

# 2. the normal rebuild, as infra/reindex.sh runs it
indexed=$(curl -fsS "$es/$QIANSHOU_INDEX_PREFIX-projects/_count" 2>/dev/null | jq -r .count) || indexed=""
done_docs=$(sed -n 's/^Rebuilt search index [^ ]* with \([0-9]*\) projects .*/\1/p' "$state/rebuild.txt" 2>/dev/null) || done_docs=""
if [[ -n $done_docs && $indexed == "$done_docs" && $(cat "$state/rebuild-code" 2>/dev/null) == "$app_code" ]]; then
  log "the indices are already rebuilt from this data set ($indexed projects): not rebuilding them again"
  cp "$state/rebuild.txt" "$run/rebuild.txt"
  rebuild_ms=$(cat "$state/rebuild-ms")
  rebuild_resumed=true
else
  rebuild_resumed=false
  log "rebuilding the search indices"
  t=$(date +%s%N)
  # (the rebuild waits up to 5 minutes for each answer of Elasticsearch: on a busy machine a bulk request can take
  # longer than the app's usual 10 s)
  QIANSHOU_SEARCH_SOCKET_TIMEOUT=300s java "-Xmx$app_heap" -jar "$jar" reindex | tee "$run/rebuild.txt" >&2
  rebuild_ms=$(ms_since "$t")
  cp "$run/rebuild.txt" "$state/rebuild.txt"
  echo "$rebuild_ms" >"$state/rebuild-ms"
  echo "$app_code" >"$state/rebuild-code"
fi
read -r rebuild_docs rebuild_projects_ms < <(sed -n 's/^Rebuilt search index [^ ]* with \([0-9]*\) projects .* in \([0-9]*\) ms\.$/\1 \2/p' "$run/rebuild.txt")
[[ -n ${rebuild_docs:-} ]] || qs_die "the rebuild printed no line for the projects (see $run/rebuild.txt)"

# 3. the PostgreSQL-only search's table and indexes
log "building the PostgreSQL search table"
t=$(date +%s%N)
psql_db -f "$QS_REPO/bench/scale/postgres-search.sql"
pg_table_ms=$(ms_since "$t")

# 4. the app, with the benchmark's endpoints
log "starting the app (heap $app_heap, port $port)"
applog="$run/app.log"
QIANSHOU_BENCH_ENDPOINTS=true QIANSHOU_DEMO_PROJECTS=0 java "-Xms$app_heap" "-Xmx$app_heap" -jar "$jar" >"$applog" 2>&1 &
app_pid=$!
base="http://127.0.0.1:$port"
qs_wait_http "$base/health" 600 "$app_pid" || qs_die "the app did not start; see $applog"
total=$(curl -fsS "$base/api/projects/search?size=1" | jq .total)
[[ $total == "$public_projects" ]] || qs_die "the search finds $total public projects, PostgreSQL holds $public_projects"

(while sleep 2; do cut -d' ' -f1 /proc/loadavg; done) >"$run/load-during.txt" &
sampler_pid=$!
rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$app_pid/status"; }
export QS_WRK_DIR="$QS_REPO/bench/scale"
# wrk_json NAME CONNECTIONS SECONDS URL SCRIPT [SCRIPT_ARG]: runs wrk with the Lua script, keeps its output, writes
# NAME.json (report.lua's line)
wrk_json() {
  local name="$1" c="$2" d="$3" url="$4" script="$5" arg="${6:-}"
  local threads=$((c < 2 ? 1 : 2))
  local extra=()
  [[ -n $arg ]] && extra=(-- "$arg")
  wrk -t"$threads" -c"$c" -d"${d}s" --timeout 10s -s "$QS_WRK_DIR/$script" "$url" "${extra[@]}" >"$run/$name.wrk.txt" 2>&1 ||
    qs_die "wrk failed for $name: $(tail -3 "$run/$name.wrk.txt")"
  sed -n 's/^RESULT //p' "$run/$name.wrk.txt" >"$run/$name.json"
  [[ -s $run/$name.json ]] || qs_die "wrk printed no result for $name (see $run/$name.wrk.txt)"
  log "$name: $(jq -c '{rps: .rps, p50_ms: (.p50_us / 1000), p95_ms: (.p95_us / 1000), errors}' "$run/$name.json")"
}

# the five typical public searches of P1 (and P3's mix)
names=("first page" "prefecture" "prefecture + group" "keyword" "place + keyword")
queries=(
  "size=20"
  "region=5306&size=20"
  "region=5306&targetGroup=left-behind-children&size=20"
  "q=%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5&size=20"
  "q=%E6%98%AD%E9%80%9A%20%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5&region=5306&size=20"
)
: >"$run/mix.txt"
for i in "${!queries[@]}"; do
  echo "/api/projects/search?${queries[$i]}" >>"$run/mix.txt"
  curl -fsS "$base/api/bench/projects/engine-request?${queries[$i]}" >"$run/engine-$i.json"
  jq -r .body "$run/engine-$i.json" >"$run/body-$i.json"
done
index="$(jq -r .index "$run/engine-0.json")"

# P7's first idle figure: started, one search answered (the count above), five requests captured, nothing else
sleep 5
cold_kib=$(rss_kib)
log "warming up (30 s)"
wrk_json warmup 4 30 "$base" mix.lua "$run/mix.txt"
# the second: warmed up, then resting
sleep 5
idle_kib=$(rss_kib)

log "P1: five searches, through the API and sent to Elasticsearch directly, both at the same time"
# The two sides of a pair run in the same seconds, one connection each: on a shared machine whose load drifts from one
# quarter minute to the next, two windows one after the other compare the drift as much as the two paths. Each side
# waits for the other's searches in Elasticsearch alike.
for i in "${!queries[@]}"; do
  wrk_json "p1-$i-api" 1 "$seconds" "$base/api/projects/search?${queries[$i]}" get.lua &
  api_wrk=$!
  wrk_json "p1-$i-es" 1 "$seconds" "$es/$index/_search?typed_keys=true" post.lua "$run/body-$i.json"
  wait "$api_wrk"
done

log "P2: region subtree + target group, Elasticsearch through the API vs PostgreSQL behind the same HTTP layer"
p2_names=("prefecture + group" "county + group + category")
p2_queries=(
  "region=5306&targetGroup=left-behind-children&size=20"
  "region=530602&targetGroup=left-behind-children&targetGroup=children-in-difficulty&category=left-behind-children&size=20"
)
for i in "${!p2_queries[@]}"; do
  q="${p2_queries[$i]}"
  a=$(curl -fsS "$base/api/projects/search?$q" | jq -c '{total, facets}')
  b=$(curl -fsS "$base/api/bench/projects/postgres-search?$q" | jq -c '{total, facets}')
  [[ $a == "$b" ]] || qs_die "P2 query $q: PostgreSQL answers other totals or facets than the search"
  wrk_json "p2-$i-api" 1 "$seconds" "$base/api/projects/search?$q" get.lua
  wrk_json "p2-$i-pg" 1 "$seconds" "$base/api/bench/projects/postgres-search?$q" get.lua
  wrk_json "p2-$i-api-load" 8 "$seconds" "$base/api/projects/search?$q" get.lua
  wrk_json "p2-$i-pg-load" 8 "$seconds" "$base/api/bench/projects/postgres-search?$q" get.lua
done

log "P3 and P7: saturation, the public search mix ($search_connections connections) vs the bare endpoint ($connections)"
(peak=0; while sleep 0.5; do r=$(rss_kib) || break; ((r > peak)) && peak=$r && echo "$peak" >"$run/rss-peak.txt"; done) &
rss_pid=$!
wrk_json p3-search "$search_connections" "$seconds" "$base" mix.lua "$run/mix.txt"
kill "$rss_pid" 2>/dev/null || true
wrk_json p3-bare "$connections" "$seconds" "$base/api/bench/bare" get.lua
load_kib=$(cat "$run/rss-peak.txt")

log "P4: write → searchable under a steady write load (4 writes/s for 60 s)"
psql_db -tAc "SELECT id FROM project WHERE status = 'published' ORDER BY id DESC LIMIT 240" >"$run/lag-ids.txt"
"$node" "$QS_REPO/bench/scale/tools.mjs" lag "$base" "$es" "$index" "$run/lag-ids.txt" 4 60 \
  "$QIANSHOU_ADMIN_EMAIL" "$QIANSHOU_ADMIN_PASSWORD" >"$run/p4.json"
log "P4: $(cat "$run/p4.json")"

log "P5: raw _bulk of the same documents"
"$node" "$QS_REPO/bench/scale/tools.mjs" bulk "$es" "$index" "$QS_REPO/search/src/main/resources/search/projects-index.json" \
  "$QIANSHOU_INDEX_PREFIX-rawbulk" "$run/projects.ndjson" "${BENCH_BULK_DOCUMENTS:-}" 2 >"$run/p5.json"
rm -f "$run/projects.ndjson"
log "P5: $(cat "$run/p5.json")"

log "P6: JS for the public search page"
public_dir="$run/public"
mkdir -p "$public_dir"
(cd "$public_dir" && unzip -qo "$jar" 'public/*' && mv public/* . && rmdir public)
"$node" "$QS_REPO/bench/scale/tools.mjs" js-size "$public_dir" >"$run/p6.json"

kill "$sampler_pid" 2>/dev/null || true
sampler_pid=""
date_utc=$(date -u +%Y-%m-%d)
errors=$(cat "$run"/p[123]-*.json | jq -s 'map(.errors) | add')
jq -n \
  --arg date "$date_utc" --argjson projects "$projects" --argjson seed "$seed" \
  --arg cores "$(nproc)" --arg mem "$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)" \
  --arg note "${BENCH_NOTE:-shared with other work}" --arg before "$load_before" \
  --slurpfile during <(jq -s '{min: min, max: max, mean: ((add / length) * 100 | round / 100)}' "$run/load-during.txt") \
  --arg es_heap "$es_heap" --arg app_heap "$app_heap" --arg pg "$pg_shared" \
  --argjson load_ms "$load_ms" --argjson organisations "$organisations" --argjson join_rows "$join_rows" \
  --argjson public_projects "$public_projects" --argjson rebuild_ms "$rebuild_ms" \
  --argjson rebuild_docs "$rebuild_docs" --argjson rebuild_projects_ms "$rebuild_projects_ms" \
  --argjson pg_table_ms "$pg_table_ms" --argjson seconds "$seconds" --argjson connections "$connections" --argjson search_connections "$search_connections" \
  --argjson load_resumed "$load_resumed" --argjson rebuild_resumed "$rebuild_resumed" --argjson cold "$cold_kib" --argjson idle "$idle_kib" --argjson loaded "$load_kib" --argjson errors "$errors" \
  --slurpfile p1names <(printf '%s\n' "${names[@]}" | jq -R . | jq -s .) \
  --slurpfile p1api <(for i in "${!queries[@]}"; do cat "$run/p1-$i-api.json"; done | jq -s .) \
  --slurpfile p1es <(for i in "${!queries[@]}"; do cat "$run/p1-$i-es.json"; done | jq -s .) \
  --slurpfile p2names <(printf '%s\n' "${p2_names[@]}" | jq -R . | jq -s .) \
  --slurpfile p2 <(for i in "${!p2_queries[@]}"; do jq -n --slurpfile a "$run/p2-$i-api.json" --slurpfile b "$run/p2-$i-pg.json" \
    --slurpfile c "$run/p2-$i-api-load.json" --slurpfile d "$run/p2-$i-pg-load.json" \
    '{api: $a[0], pg: $b[0], apiLoad: $c[0], pgLoad: $d[0]}'; done | jq -s .) \
  --slurpfile p3s "$run/p3-search.json" --slurpfile p3b "$run/p3-bare.json" \
  --slurpfile p4 "$run/p4.json" --slurpfile p5 "$run/p5.json" --slurpfile p6 "$run/p6.json" \
  '{date: $date, projects: $projects, seed: $seed,
    machine: {cores: $cores, memGiB: $mem, note: $note, load: ($during[0] + {before: $before})},
    heaps: {es: $es_heap, app: $app_heap, pg: $pg}, resumed: {load: $load_resumed, rebuild: $rebuild_resumed},
    load: {millis: $load_ms, projects: $projects, publicProjects: $public_projects, organisations: $organisations, joinRows: $join_rows},
    rebuild: {totalMillis: $rebuild_ms, projectsMillis: $rebuild_projects_ms, projectsDocs: $rebuild_docs},
    pgTableMillis: $pg_table_ms, p1Seconds: $seconds, p2Connections: 8, errors: $errors,
    p1: [range(0; $p1names[0] | length) as $i | {name: $p1names[0][$i], api: $p1api[0][$i], es: $p1es[0][$i]}],
    p2: [range(0; $p2names[0] | length) as $i | ($p2[0][$i] + {name: $p2names[0][$i]})],
    p3: {connections: $connections, searchConnections: $search_connections, search: $p3s[0], bare: $p3b[0]},
    p4: $p4[0],
    p5: {rebuild: {documents: $rebuild_docs, millis: $rebuild_projects_ms,
                   docsPerSecond: (($rebuild_docs / ($rebuild_projects_ms / 1000)) | round)},
         bulk: $p5[0]},
    p6: $p6[0],
    p7: {idleBeforeWarmUpKiB: $cold, idleKiB: $idle, loadKiB: $loaded}}' >"$run/results.json"

mkdir -p "$QS_REPO/bench/results"
suffix=""
((projects == 1000000)) || suffix="-$projects"
out="$QS_REPO/bench/results/$date_utc-scale$suffix"
"$node" "$QS_REPO/bench/scale/tools.mjs" report "$run" "$out.md" "$out.svg" >/dev/null
cp "$run/results.json" "$out.json"
echo
cat "$out.md"
log "written: $out.md, $out.svg, $out.json (raw output in $run)"
