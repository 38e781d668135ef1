# shellcheck shell=bash
# What the bench scripts share, with infra/lib.sh; sourcing it moves to the repository's root. A script calls
# bench_traps first: on any exit it stops the app it started ($app_pid, when set) and the services it started.

# shellcheck source=infra/lib.sh disable=SC1091
source "$(dirname "${BASH_SOURCE[0]}")/../infra/lib.sh"
cd "$QS_REPO"

app_pid=""

bench_cleanup() {
  local rc=$?
  trap '' INT TERM
  trap - EXIT
  [[ -n $app_pid ]] && qs_stop_app "$app_pid"
  if ((${#QS_STARTED[@]})); then
    qs_services_stop "${QS_STARTED[@]}" || true
  fi
  exit "$rc"
}

bench_traps() {
  trap bench_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

# bench_services DATABASE PREFIX: the data dir, the local PostgreSQL and Elasticsearch from infra/ (started or
# reused) with their settings exported, and a fresh database DATABASE and the index prefix PREFIX exported for the app.
bench_services() {
  qs_init_data_dir
  qs_services_start postgres elasticsearch
  eval "$(qs_services_env)"
  qs_pg_createdb "$1"
  export DATABASE_URL="${DATABASE_URL%/*}/$1" QIANSHOU_INDEX_PREFIX="$2"
}

# bench_app_setup PORT DATABASE PREFIX: for a script that runs the fat jar on PORT (free, else it stops): the jar as
# $jar (BENCH_JAR when set, else built when the sources changed), bench_services DATABASE PREFIX and the app's secrets.
bench_app_setup() {
  qs_port_open "$1" && qs_die "port $1 is in use (set BENCH_PORT)"
  qs_init_data_dir
  if [[ -n ${BENCH_JAR:-} ]]; then
    jar="$BENCH_JAR"
  else
    qs_build_if_needed
    jar="$(qs_find_jar)"
  fi
  bench_services "$2" "$3"
  qs_export_app_secrets
}

# bench_in_test_jvm CLASS [MAVEN_ARGUMENTS…]: runs the bench CLASS (a *Bench run by Failsafe, the app inside the test
# JVM) with the given -Dbench.… settings; it writes its figures to backend/target.
bench_in_test_jvm() {
  local class="$1"
  shift
  ./mvnw -B -q -pl search,backend verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test="$class" "$@" >/dev/null
}

# bench_start_app BASE JAR LOG TIMEOUT: starts the fat jar (heap 1 GiB) as $app_pid, its output in LOG, and waits up
# to TIMEOUT seconds for BASE/health.
bench_start_app() {
  java -Xmx1g -jar "$2" >"$3" 2>&1 &
  app_pid=$!
  qs_wait_http "$1/health" "$4" "$app_pid" || qs_die "the app did not start; see $3"
}

# bench_total URL: the total of a search's answer ({"total":N,…}), empty when there is none.
bench_total() {
  curl -fsS "$1" | sed -n 's/^{"total":\([0-9]*\).*/\1/p'
}

# bench_wait_searchable URL EXPECTED LOG: waits until the search at URL finds EXPECTED documents (dies with the app).
bench_wait_searchable() {
  local total=0
  while ((total < $2)); do
    sleep 2
    total=$(bench_total "$1")
    total=${total:-0}
    qs_pid_alive "$app_pid" || qs_die "the app died; see $3"
  done
}

# bench_latency URL REQUESTS: 20 warm-up GETs, then REQUESTS timed ones, one after another; sets bench_p50, bench_p95
# and bench_max in milliseconds.
bench_latency() {
  local url="$1" requests="$2" times i
  for ((i = 0; i < 20; i++)); do curl -fsS -o /dev/null "$url"; done
  times=$(for ((i = 0; i < requests; i++)); do
    curl -fsS -o /dev/null -w '%{time_total}\n' "$url"
  done | sort -n)
  bench_p50=$(echo "$(sed -n "$(((50 * requests + 99) / 100))p" <<<"$times") * 1000" | bc)
  bench_p95=$(echo "$(sed -n "$(((95 * requests + 99) / 100))p" <<<"$times") * 1000" | bc)
  bench_max=$(echo "$(tail -1 <<<"$times") * 1000" | bc)
}
