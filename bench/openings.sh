#!/usr/bin/env bash
# Opening search benchmark: demo data with about OPENINGS openings (default 100,000; one to three per
# published demo project, with one to four weekly shifts each, the first within six weeks) in a fresh database and
# index, then the latency of typical public opening searches, measured from outside the app over loopback.
#
# Usage: bench/openings.sh [OPENINGS] [REQUESTS_PER_QUERY]     (defaults 100000 and 200; BENCH_JAR=… a jar built before)
# Uses the local services from infra/ (started or reused, stopped again if this script started
# them), database qianshou_bench_openings, index prefix qianshou-bench-openings, app port BENCH_PORT (18190).
set -euo pipefail
# shellcheck source=bench/lib.sh disable=SC1091
source "$(dirname "$0")/lib.sh"

openings="${1:-100000}"
requests="${2:-200}"
port="${BENCH_PORT:-18190}"
base="http://127.0.0.1:$port"
# About 1.7 openings per demo project (85 % of them published, two openings on average).
projects=$(( (openings * 10 + 16) / 17 ))
bench_traps

bench_app_setup "$port" qianshou_bench_openings qianshou-bench-openings
export QIANSHOU_DEMO_PROJECTS="$projects" PORT="$port"
qs_es_delete_indices "$QIANSHOU_INDEX_PREFIX"
log="$QS_DATA/logs/bench-openings-app.log"
sql() { PGPASSWORD="$DATABASE_PASSWORD" psql -h 127.0.0.1 -p "$QS_PG_PORT" -U "$DATABASE_USER" -At qianshou_bench_openings -c "$1"; }

started=$(date +%s)
bench_start_app "$base" "$jar" "$log" 3600
loaded=$(date +%s)
expected=$(sql "SELECT count(*) FROM opening WHERE status = 'published'")
bench_wait_searchable "$base/api/openings?size=1" "$expected" "$log"
indexed=$(date +%s)
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")

# The SPA's date presets, computed in Asia/Shanghai as it does.
today=$(TZ=Asia/Shanghai date +%F)
month_end=$(TZ=Asia/Shanghai date -d "$(TZ=Asia/Shanghai date +%Y-%m-01) +1 month -1 day" +%F)
saturday=$(TZ=Asia/Shanghai date -d "today +$(( (6 - $(TZ=Asia/Shanghai date +%u) + 7) % 7 )) days" +%F)
sunday=$(date -d "$saturday +1 day" +%F)
# On the last days of a month "this month" holds few shifts; the coming 30 days is the same query shape.
in30=$(date -d "$today +29 days" +%F)

echo "openings: $(sql "SELECT count(*) FROM opening") (published: $expected), shifts: $(sql "SELECT count(*) FROM shift"), projects: $projects"
echo "start with demo-data load: $((loaded - started)) s; all published openings searchable after: $((indexed - started)) s"
echo "app resident memory after indexing: $((rss_kb / 1024)) MiB (heap limit 1 GiB)"
echo "today (Asia/Shanghai): $today; this month: $today..$month_end; this weekend: $saturday..$sunday; 30 days: $today..$in30"
echo
lbc=left-behind-children
printf '%-72s %8s %8s %8s %8s\n' "query" "p50 ms" "p95 ms" "max ms" "hits"
queries=(
  "size=20"
  "region=5306&targetGroup=$lbc&size=20"
  "region=5306&targetGroup=$lbc&from=$today&to=$month_end&freePlaces=true&size=20"
  "region=5306&targetGroup=$lbc&from=$today&to=$in30&freePlaces=true&size=20"
  "region=530627&from=$saturday&to=$sunday&freePlaces=true&size=20"
  "q=%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5&region=5306&freePlaces=true&size=20"
  "skill=tutoring&targetGroup=$lbc&from=$today&to=$in30&size=20"
  "region=5301&freePlaces=true&page=100&size=20"
)
for query in "${queries[@]}"; do
  hits=$(bench_total "$base/api/openings?$query")
  bench_latency "$base/api/openings?$query" "$requests"
  label=${query//%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5/留守儿童}
  label=${label//from=$today&to=$month_end/THIS_MONTH}
  label=${label//from=$today&to=$in30/NEXT_30_DAYS}
  label=${label//from=$saturday&to=$sunday/THIS_WEEKEND}
  label=${label//&size=20/}
  printf '%-72s %8.1f %8.1f %8.1f %8s\n' "${label:0:72}" "$bench_p50" "$bench_p95" "$bench_max" "$hits"
done
