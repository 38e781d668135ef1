#!/usr/bin/env bash
# Search benchmark: N demo projects (default 100,000) in a fresh database and index, then the
# latency of typical public searches, measured from outside the app over loopback.
#
# Usage: bench/search.sh [PROJECTS] [REQUESTS_PER_QUERY]     (defaults 100000 and 200)
# Uses the local services from infra/ (started or reused, stopped again if this script started
# them), database qianshou_bench, index prefix qianshou-bench, app port BENCH_PORT (18180).
set -euo pipefail
# shellcheck source=infra/lib.sh disable=SC1091
source "$(dirname "$0")/../infra/lib.sh"
cd "$QS_REPO"

projects="${1:-100000}"
requests="${2:-200}"
port="${BENCH_PORT:-18180}"
base="http://127.0.0.1:$port"
app_pid=""

cleanup() {
  local rc=$?
  trap '' INT TERM
  trap - EXIT
  [[ -n $app_pid ]] && qs_stop_app "$app_pid"
  if ((${#QS_STARTED[@]})); then
    qs_services_stop "${QS_STARTED[@]}" || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

qs_port_open "$port" && qs_die "port $port is in use (set BENCH_PORT)"
qs_init_data_dir
qs_build_if_needed
jar="$(qs_find_jar)"
qs_services_start postgres elasticsearch
eval "$(qs_services_env)"
qs_export_app_secrets
qs_pg_createdb qianshou_bench
export DATABASE_URL="${DATABASE_URL%/*}/qianshou_bench"
export QIANSHOU_INDEX_PREFIX=qianshou-bench QIANSHOU_DEMO_PROJECTS="$projects" PORT="$port"
qs_es_delete_indices "$QIANSHOU_INDEX_PREFIX"
log="$QS_DATA/logs/bench-app.log"

started=$(date +%s)
java -Xmx1g -jar "$jar" >"$log" 2>&1 &
app_pid=$!
qs_wait_http "$base/health" 1800 "$app_pid" || qs_die "the app did not start; see $log"
loaded=$(date +%s)
expected=$(PGPASSWORD="$DATABASE_PASSWORD" psql -h 127.0.0.1 -p "$QS_PG_PORT" -U "$DATABASE_USER" -At qianshou_bench \
  -c "SELECT count(*) FROM project WHERE status IN ('published','closed')")
total=0
while ((total < expected)); do
  sleep 2
  total=$(curl -fsS "$base/api/projects/search?size=1" | sed -n 's/^{"total":\([0-9]*\).*/\1/p')
  total=${total:-0}
  qs_pid_alive "$app_pid" || qs_die "the app died; see $log"
done
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
  hits=$(curl -fsS "$base/api/projects/search?$query" | sed -n 's/^{"total":\([0-9]*\).*/\1/p')
  for ((i = 0; i < 20; i++)); do curl -fsS -o /dev/null "$base/api/projects/search?$query"; done
  times=$(for ((i = 0; i < requests; i++)); do
    curl -fsS -o /dev/null -w '%{time_total}\n' "$base/api/projects/search?$query"
  done | sort -n)
  pick() { sed -n "$(( ($1 * requests + 99) / 100 ))p" <<<"$times"; }
  printf '%-60s %8.1f %8.1f %8.1f %10s\n' "${query:0:60}" \
    "$(echo "$(pick 50) * 1000" | bc)" "$(echo "$(pick 95) * 1000" | bc)" "$(echo "$(tail -1 <<<"$times") * 1000" | bc)" "$hits"
done
