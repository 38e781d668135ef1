#!/usr/bin/env bash
# Judged relevance: loads PROJECTS demo projects (default 1000) with the default seed into a fresh database and index,
# runs the judged set of bench/relevance/queries.tsv through the combined search and prints nDCG@10 and recall@20
# (the means over the queries, with rank_eval's definitions), then each query's figures.
#
# Usage: bench/relevance.sh [PROJECTS] [SEED]
# Uses the local services from infra/ (started or reused, stopped again if this script started them) and a database
# qianshou_bench_relevance; the app runs inside the test JVM (RelevanceBench) with its own schema and index prefix.
set -euo pipefail
# shellcheck source=bench/lib.sh disable=SC1091
source "$(dirname "$0")/lib.sh"

projects="${1:-1000}"
seed="${2:-20170101}"

bench_traps

bench_services qianshou_bench_relevance qianshou-bench-relevance

rm -f backend/target/bench-relevance.txt
bench_in_test_jvm RelevanceBench -Dbench.projects="$projects" -Dbench.seed="$seed" -Djacoco.skip=true
cat backend/target/bench-relevance.txt
