#!/usr/bin/env bash
# Search benchmark: N demo projects (default 100,000) in a fresh database and index, then the
# latency of typical public searches, measured from outside the app over loopback.
#
# Usage: bench/search.sh [PROJECTS] [REQUESTS_PER_QUERY]     (defaults 100000 and 200; BENCH_JAR=… a jar built before)
# Uses the local services from infra/ (started or reused, stopped again if this script started
# them), database qianshou_bench, index prefix qianshou-bench, app port BENCH_PORT (18180).
set -euo pipefail
# shellcheck source=bench/lib.sh disable=SC1091
source "$(dirname "$0")/lib.sh"

projects="${1:-100000}"
requests="${2:-200}"
port="${BENCH_PORT:-18180}"
base="http://127.0.0.1:$port"
bench_traps

bench_app_setup "$port" qianshou_bench qianshou-bench
export QIANSHOU_DEMO_PROJECTS="$projects" PORT="$port"
qs_es_delete_indices "$QIANSHOU_INDEX_PREFIX"
log="$QS_DATA/logs/bench-app.log"

started=$(date +%s)
bench_start_app "$base" "$jar" "$log" 1800
loaded=$(date +%s)
expected=$(PGPASSWORD="$DATABASE_PASSWORD" psql -h 127.0.0.1 -p "$QS_PG_PORT" -U "$DATABASE_USER" -At qianshou_bench \
  -c "SELECT count(*) FROM project WHERE status IN ('published','closed')")
bench_wait_searchable "$base/api/projects/search?size=1" "$expected" "$log"
indexed=$(date +%s)
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")

echo "projects: $projects (public: $expected)"
echo "start with demo-data load: $((loaded - started)) s; all public projects searchable after: $((indexed - started)) s"
echo "app resident memory after indexing: $((rss_kb / 1024)) MiB (heap limit 1 GiB)"
echo
printf '%-60s %8s %8s %8s %10s\n' "query" "p50 ms" "p95 ms" "max ms" "hits"
queries=(
  "size=20"
  "region=5306&size=20"
  "region=5306&targetGroup=left-behind-children&size=20"
  "region=530627&targetGroup=left-behind-children&category=left-behind-children&size=20"
  "q=%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5&size=20"
  "q=%E6%98%AD%E9%80%9A%20%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5&region=5306&size=20"
  "region=5301&page=400&size=20"
)
for query in "${queries[@]}"; do
  hits=$(bench_total "$base/api/projects/search?$query")
  bench_latency "$base/api/projects/search?$query" "$requests"
  printf '%-60s %8.1f %8.1f %8.1f %10s\n' "${query:0:60}" "$bench_p50" "$bench_p95" "$bench_max" "$hits"
done
