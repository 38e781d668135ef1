#!/usr/bin/env bash
# Judged relevance: loads PROJECTS demo projects (default 1000) with the default seed into a fresh database and index,
# runs the judged set of bench/relevance/queries.tsv through the combined search and prints nDCG@10 and recall@20
# (the means over the queries, with rank_eval's definitions), then each query's figures.
#
# Usage: bench/relevance.sh [PROJECTS] [SEED]
# Uses the local services from infra/ (started or reused, stopped again if this script started them) and a database
# qianshou_bench_relevance; the app runs inside the test JVM (RelevanceBench) with its own schema and index prefix.
set -euo pipefail
# shellcheck source=infra/lib.sh disable=SC1091
source "$(dirname "$0")/../infra/lib.sh"
cd "$QS_REPO"

projects="${1:-1000}"
seed="${2:-20170101}"

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
qs_pg_createdb qianshou_bench_relevance
export DATABASE_URL="${DATABASE_URL%/*}/qianshou_bench_relevance" QIANSHOU_INDEX_PREFIX=qianshou-bench-relevance

rm -f backend/target/bench-relevance.txt
./mvnw -B -q -pl search,backend verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test=RelevanceBench -Dbench.projects="$projects" \
  -Dbench.seed="$seed" -Djacoco.skip=true >/dev/null
cat backend/target/bench-relevance.txt
