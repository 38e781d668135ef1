#!/usr/bin/env bash
# Sign-up benchmark: CLIENTS volunteers (default 200) sign up at the same moment, each on its own thread over HTTP,
# for one hot shift of CAPACITY places (default 50), ROUNDS times (default 3) on fresh shifts; prints p50/p95/max of
# the sign-up requests and checks that no shift holds more confirmed volunteers than its capacity. Runs twice: with
# the application's database connection wait (5 s: requests that wait longer answer 503) and with 30 s.
#
# Usage: bench/signup.sh [CLIENTS] [CAPACITY] [ROUNDS]
# Uses the local services from infra/ (started or reused, stopped again if this script started them) and a
# database qianshou_bench_signup; the app runs inside the test JVM (SignupHotShiftBench) with its own schema.
set -euo pipefail
# shellcheck source=infra/lib.sh disable=SC1091
source "$(dirname "$0")/../infra/lib.sh"
cd "$QS_REPO"

clients="${1:-200}"
capacity="${2:-50}"
rounds="${3:-3}"

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
qs_pg_createdb qianshou_bench_signup
export DATABASE_URL="${DATABASE_URL%/*}/qianshou_bench_signup" QIANSHOU_INDEX_PREFIX=qianshou-bench-signup

rm -f backend/target/bench-signup.txt
# Once with the application's database connection wait (5 s), once with 30 s.
for wait in 5000 30000; do
  ./mvnw -B -q -pl search,backend verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test=SignupHotShiftBench -Dbench.clients="$clients" \
    -Dbench.capacity="$capacity" -Dbench.rounds="$rounds" -Dbench.connection-timeout="$wait" >/dev/null
done
cat backend/target/bench-signup.txt
