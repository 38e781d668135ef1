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
# shellcheck source=bench/lib.sh disable=SC1091
source "$(dirname "$0")/lib.sh"

applications="${1:-2000}"
reviews="${2:-5}"
requests="${3:-200}"

bench_traps

bench_services qianshou_bench_ranking qianshou-bench-ranking

rm -f backend/target/bench-ranking.txt
bench_in_test_jvm RankingBench -Dbench.applications="$applications" -Dbench.reviews="$reviews" \
  -Dbench.requests="$requests"
cat backend/target/bench-ranking.txt
