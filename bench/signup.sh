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
# shellcheck source=bench/lib.sh disable=SC1091
source "$(dirname "$0")/lib.sh"

clients="${1:-200}"
capacity="${2:-50}"
rounds="${3:-3}"

bench_traps

bench_services qianshou_bench_signup qianshou-bench-signup

rm -f backend/target/bench-signup.txt
# Once with the application's database connection wait (5 s), once with 30 s.
for wait in 5000 30000; do
  bench_in_test_jvm SignupHotShiftBench -Dbench.clients="$clients" -Dbench.capacity="$capacity" \
    -Dbench.rounds="$rounds" -Dbench.connection-timeout="$wait"
done
cat backend/target/bench-signup.txt
