#!/usr/bin/env bash
# Run every test: unit and integration tests, formatting, the SPA build and Vitest, coverage
# (./mvnw -B verify) against real PostgreSQL and Elasticsearch, then the Playwright browser journey
# in Chromium against the real fat jar, then a check that no ID number or mobile number reached the
# index, the log or the database in clear. Exit code 0 only when everything passed.
# The services this script started are stopped at the end; running ones are reused.
#
# Databases: qianshou_test (Maven) and qianshou_e2e (browser journey), recreated empty each run on
# the local server. Index prefixes: qianshou-it and qianshou-e2e (their old indices are deleted).
# With DATABASE_URL / ELASTICSEARCH_URL set, those services are used as given (point them at
# throwaway instances). E2E_PORT (18080) is the port of the app under the browser journey.
#
# Last, all runs the CI-sized fault tests (bench/faults.sh ci: their own PostgreSQL, Elasticsearch and app on other
# ports, started and stopped by that script; see bench/README.md), and fails when they fail. The stage faults runs
# them alone.
#
# Usage: infra/test.sh [all|verify|e2e|faults]   (default all; e2e alone needs a built fat jar)
set -euo pipefail
# shellcheck source=infra/lib.sh
source "$(dirname "$0")/lib.sh"
cd "$QS_REPO"

stage="${1:-all}"
case "$stage" in
  all | verify | e2e) ;;
  faults) exec "$QS_REPO/bench/faults.sh" ci ;;
  *)
    echo "usage: infra/test.sh [all|verify|e2e|faults]" >&2
    exit 2
    ;;
esac
E2E_PORT="${E2E_PORT:-18080}"
app_pid=""
app_log=""
sink_pid=""
cleanup() {
  local rc=$?
  # Ignore further Ctrl-C/TERM while cleaning up, so that the services are always stopped.
  trap '' INT TERM
  trap - EXIT
  [[ -n $app_pid ]] && qs_stop_app "$app_pid"
  [[ -n $sink_pid ]] && qs_stop_app "$sink_pid"
  [[ -n ${PRIVACY_LITERALS_FILE:-} ]] && rm -f "$PRIVACY_LITERALS_FILE"
  if ((rc != 0)) && [[ -n $app_log && -s $app_log ]]; then
    echo "---- last 100 lines of the app log ($app_log)" >&2
    tail -n 100 "$app_log" >&2
  fi
  if ((${#QS_STARTED[@]})); then
    qs_services_stop "${QS_STARTED[@]}" || true
  fi
  if ((rc == 0)); then
    qs_section "all tests passed"
  else
    qs_section "FAILED (exit code $rc)"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ $stage != verify ]]; then
  qs_section "chromium"
  "$QS_REPO/infra/ensure-chromium.sh"
fi

qs_section "services"
qs_init_data_dir
qs_need_cmd curl
qs_ensure_cjk_font
if [[ $stage != verify ]] && qs_port_open "$E2E_PORT"; then
  qs_die "port $E2E_PORT (browser journey) is already in use: stop what listens there or set E2E_PORT"
fi
qs_services_start postgres elasticsearch
eval "$(qs_services_env)"

# Point DATABASE_URL at a fresh database NAME on the local server (external: left as given).
use_fresh_db() {
  if qs_pg_external; then
    qs_log "DATABASE_URL is set: using it as given for $1"
    return 0
  fi
  qs_pg_createdb "$1"
  export DATABASE_URL="jdbc:postgresql://127.0.0.1:$QS_PG_PORT/$1"
}

if [[ $stage != e2e ]]; then
  qs_section "unit and integration tests"
  use_fresh_db qianshou_test
  export QIANSHOU_INDEX_PREFIX=qianshou-it
  qs_es_delete_indices "$QIANSHOU_INDEX_PREFIX"
  ./mvnw -B verify
  [[ $stage == verify ]] && exit 0
fi

qs_section "browser journey"
jar="$(qs_find_jar)"
use_fresh_db qianshou_e2e
export QIANSHOU_INDEX_PREFIX=qianshou-e2e
qs_es_delete_indices "$QIANSHOU_INDEX_PREFIX"
app_log="$QS_DATA/logs/e2e-app.log"
base_url="http://127.0.0.1:$E2E_PORT"

# Messages go out over real SMTP to a local sink that the journey reads (sign-up codes, invitations).
MAIL_DIR="$(mktemp -d "${TMPDIR:-/tmp}/qianshou-e2e-mail.XXXXXX")"
MAIL_SINK_PORT="${MAIL_SINK_PORT:-$((E2E_PORT + 25))}"
qs_port_open "$MAIL_SINK_PORT" && qs_die "port $MAIL_SINK_PORT (mail sink) is already in use: set MAIL_SINK_PORT"
export MAIL_DIR MAIL_SINK_PORT
node_bin="$QS_REPO/frontend/node/node"
[[ -x $node_bin ]] || node_bin="$(command -v node)"
"$node_bin" frontend/e2e/support/mail-sink.mjs >"$QS_DATA/logs/e2e-mail-sink.log" 2>&1 &
sink_pid=$!
for _ in $(seq 1 50); do
  qs_port_open "$MAIL_SINK_PORT" && break
  sleep 0.2
done
qs_port_open "$MAIL_SINK_PORT" || qs_die "the mail sink did not start (log $QS_DATA/logs/e2e-mail-sink.log)"

# A throwaway administrator and keys for this run only.
export ADMIN_EMAIL="admin-$(qs_random_hex 4)@e2e.qianshou.test" ADMIN_PASSWORD="$(qs_random_hex 16)"
qs_log "starting $(basename "$jar") on port $E2E_PORT (log $app_log)"
PORT="$E2E_PORT" QIANSHOU_DEMO_PROJECTS=300 \
  QIANSHOU_JWT_SECRET="$(qs_random_hex 32)" QIANSHOU_REFRESH_SECRET="$(qs_random_hex 32)" \
  QIANSHOU_ADMIN_EMAIL="$ADMIN_EMAIL" QIANSHOU_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  QIANSHOU_PUBLIC_URL="$base_url" QIANSHOU_DOCUMENTS_DIR="$QS_DATA/e2e-documents" \
  QIANSHOU_SMTP_ENABLED=true QIANSHOU_SMTP_HOST=127.0.0.1 QIANSHOU_SMTP_PORT="$MAIL_SINK_PORT" \
  QIANSHOU_SMTP_STARTTLS=false \
  java -jar "$jar" >"$app_log" 2>&1 &
app_pid=$!
qs_wait_http "$base_url/health" 240 "$app_pid" || qs_die "the app did not report UP on $base_url/health"

# Indexing is asynchronous: wait until search finds projects and their number stops growing.
deadline=$((SECONDS + 120))
total=0
previous=-1
while ((SECONDS < deadline)); do
  total="$(curl -fsS --max-time 10 "$base_url/api/projects/search?size=1" 2>/dev/null |
    grep -o '"total":[0-9]*' | head -n1 | cut -d: -f2)" || total=0
  total="${total:-0}"
  ((total > 0 && total == previous)) && break
  qs_pid_alive "$app_pid" || qs_die "the app exited while indexing"
  previous="$total"
  sleep 3
done
((total > 0)) || qs_die "search still finds no project after 120 s"
qs_log "search finds $total projects"

# The volunteering journey writes its volunteer's ID and mobile numbers here, for the privacy check.
PRIVACY_LITERALS_FILE="$(mktemp "${TMPDIR:-/tmp}/qianshou-e2e-literals.XXXXXX")"
export PRIVACY_LITERALS_FILE
(
  cd frontend
  CHROMIUM_PATH="$(qs_find_chromium)"
  export PATH="$PWD/node:$PATH" BASE_URL="$base_url" CHROMIUM_PATH
  if [[ -x node/npx ]]; then
    npx playwright test
  else
    node_modules/.bin/playwright test
  fi
)

# No e-mail address or mobile number may reach the application log (masked forms like
# u***@example.org and 139****5678 are fine).
qs_section "personal data in the app log"
if sed -E 's/[^[:space:]]\*\*\*@//g; s/1[3-9][0-9]\*\*\*\*[0-9]{4}//g' "$app_log" |
  grep -nE '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+|(^|[^0-9])1[3-9][0-9]{9}([^0-9]|$)' |
  head -n 5 | grep .; then
  qs_die "the app log ($app_log) contains e-mail addresses or phone numbers (lines above)"
fi
qs_log "none found in $app_log"

# Volunteers' ID numbers and mobile numbers (issue 8): after the journeys, no full ID number (any
# valid GB 11643 number) and no unmasked mobile number may be in any Elasticsearch document of this
# run, the app log or the audit table, and the volunteer table's ID columns may not hold the
# journey's number in clear (as text or as the bytes of a bytea). The scanner proves first that it
# finds planted numbers, and every source must be non-empty, so that the check cannot pass by
# looking at nothing.
qs_section "ID and mobile numbers in the index, the log and the database"
scan() { "$node_bin" frontend/e2e/support/privacy-scan.mjs "$@"; }
scan --self-test || qs_die "the privacy scanner does not find planted numbers"
mapfile -t literals <"$PRIVACY_LITERALS_FILE"
rm -f "$PRIVACY_LITERALS_FILE"
journey_id="${literals[0]:-}"
journey_mobile="${literals[1]:-}"
[[ $journey_id =~ ^[0-9]{17}[0-9X]$ && $journey_mobile =~ ^1[3-9][0-9]{9}$ ]] ||
  qs_die "the volunteering journey did not leave its ID and mobile numbers in PRIVACY_LITERALS_FILE"
literal_args=(--literal "$journey_id" --literal "$journey_mobile")
privacy_failed=0

es_dump="$(mktemp "${TMPDIR:-/tmp}/qianshou-e2e-es.XXXXXX")"
curl -fsS -H 'Content-Type: application/json' \
  "$ELASTICSEARCH_URL/${QIANSHOU_INDEX_PREFIX}-*/_search?size=10000&track_total_hits=true&expand_wildcards=all" \
  -d '{"query":{"match_all":{}}}' >"$es_dump" || qs_die "could not read the e2e indices from Elasticsearch"
es_total="$(grep -o '"total":{"value":[0-9]*' "$es_dump" | head -n1 | grep -o '[0-9]*$')"
((${es_total:-0} > 0)) || qs_die "the e2e indices hold no document: the privacy check would see nothing"
((es_total <= 10000)) || qs_die "the e2e indices hold $es_total documents; the privacy check reads 10000"
grep -q '"regionPath"' "$es_dump" || qs_die "no opening in the e2e indices: the privacy check would miss them"
qs_log "read $es_total documents from ${QIANSHOU_INDEX_PREFIX}-*"
scan "Elasticsearch (${QIANSHOU_INDEX_PREFIX}-*)" "${literal_args[@]}" <"$es_dump" || privacy_failed=1
rm -f "$es_dump"

scan "the app log ($app_log)" "${literal_args[@]}" <"$app_log" || privacy_failed=1

# psql from the local server's binaries (or the PATH) with the app's own connection settings.
pg_url="${DATABASE_URL#jdbc:}"
pg_query() {
  local psql_bin="${QS_PG_BIN:+$QS_PG_BIN/psql}"
  psql_bin="${psql_bin:-$(command -v psql)}" || qs_die "psql is needed for the privacy check"
  PGUSER="${DATABASE_USER:-}" PGPASSWORD="${DATABASE_PASSWORD:-}" "$psql_bin" "$pg_url" -X -q -tA \
    -v ON_ERROR_STOP=1 -c "$1"
}
audit_rows="$(pg_query "SELECT count(*) FROM audit_event")" || qs_die "could not read audit_event"
((audit_rows > 0)) || qs_die "audit_event is empty: the privacy check would see nothing"
pg_query "SELECT row_to_json(a)::text FROM audit_event a" |
  scan "the audit table ($audit_rows rows)" "${literal_args[@]}" || privacy_failed=1

masked="${journey_id:0:6}********${journey_id:14:4}"
[[ $(pg_query "SELECT count(*) FROM volunteer WHERE id_number_masked = '$masked'") == 1 ]] ||
  qs_die "the journey's volunteer is not in the volunteer table: the privacy check would see nothing"
pg_query "SELECT concat_ws(' ', encode(id_number_encrypted, 'hex'), encode(id_number_encrypted, 'escape'),
    id_number_key_id, encode(id_number_hash, 'hex'), encode(id_number_hash, 'escape'), id_number_masked)
  FROM volunteer" | scan "the volunteer table's ID columns" --literal "$journey_id" || privacy_failed=1

((privacy_failed == 0)) || qs_die "personal data in clear (above): ID numbers and mobile numbers must never leave the volunteer feature unmasked"

[[ $stage == all ]] || exit 0
# The journey's app and mail sink are done: their CPU goes to the fault tests, which run their own servers.
qs_stop_app "$app_pid"
app_pid=""
qs_stop_app "$sink_pid"
sink_pid=""
qs_section "fault tests (bench/faults.sh ci)"
"$QS_REPO/bench/faults.sh" ci || qs_die "the fault tests failed (above; logs in the faults data dir, .data-faults/ or /var/lib/qianshou/<hash>-faults, under logs/faults-ci)"
