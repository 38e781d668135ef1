#!/usr/bin/env bash
# Review ranking benchmark: a call with APPLICATIONS submitted applications (default 2000), each with REVIEWS submitted
# reviews (default 5), beside a second call of the same size; times REQUESTS (default 200) sequential
# GET /api/organisations/{id}/calls/{id}/ranking over loopback HTTP after 20 warm-up calls and prints p50/p95/max,
# with the execution time PostgreSQL reports for the ranking's aggregate query.
#
# Usage: bench/ranking.sh [APPLICATIONS] [REVIEWS] [REQUESTS]
# Uses the local services from infra/ (started or reused, stopped again if this script started them) and a
# database qianshou_bench_ranking; the app runs inside the test JVM (RankingBench) with its own schema.
set -euo pipefail
# shellcheck source=infra/lib.sh disable=SC1091
source "$(dirname "$0")/../infra/lib.sh"
cd "$QS_REPO"

applications="${1:-2000}"
reviews="${2:-5}"
requests="${3:-200}"

cleanup() {
  local rc=$?
  trap '' INT TERM
  trap - EXIT
  if ((${#QS_STARTED[@]})); then
    qs_services_stop "${QS_STARTED[@]}" || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

qs_init_data_dir
qs_services_start postgres elasticsearch
eval "$(qs_services_env)"
qs_pg_createdb qianshou_bench_ranking
export DATABASE_URL="${DATABASE_URL%/*}/qianshou_bench_ranking" QIANSHOU_INDEX_PREFIX=qianshou-bench-ranking

rm -f backend/target/bench-ranking.txt
./mvnw -B -q -pl search,backend verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test=RankingBench -Dbench.applications="$applications" \
  -Dbench.reviews="$reviews" -Dbench.requests="$requests" >/dev/null
cat backend/target/bench-ranking.txt
