#!/usr/bin/env bash
# Fault tests: the app under a steady write load (an agency's member creating and editing projects and openings
# through the API, four clients, 10 writes a second in all (FAULTS_RATE; 0: as fast as the app answers), every
# acknowledged write recorded with its id and version), while
#   es      Elasticsearch is stopped (full: 120 s, ci: 20 s): writes go on, search answers 503 with Retry-After,
#           and once Elasticsearch answers again the index catches up within 10 s;
#   pg      PostgreSQL is stopped and started again (full: 30 s, ci: 10 s): requests answer 503 with Retry-After
#           and a problem+json body in the caller's language, no acknowledged write is lost, the app recovers
#           without a restart;
#   kill    the app is killed with kill -9 in the middle of writes and started again: the outbox finishes and the
#           index equals PostgreSQL;
#   fuzz    10,000 malformed requests over every operation of the OpenAPI document (ci: 1,000; in both every
#           operation gets several kinds of malformation and every kind is sent): no 5xx, no unsafe
#           request accepted, no row of any table changed (a checksum of every table before and after);
#   backup  pg_dump, restore into a new database, an app on it rebuilds the index: the same row counts in every
#           table and the same results (ids in order) for a fixed set of searches.
# For each fault it prints what was written, what was found afterwards and the difference, which must be zero.
# Exit code 0 only when every fault passed.
#
# Usage: bench/faults.sh [full|ci] [es|pg|kill|fuzz|backup ...]   (default: full, every fault)
# Runs its own PostgreSQL (127.0.0.1:55632) and Elasticsearch (59600, transport 59700) from infra/lib.sh with the
# data dir .data-faults/ (QIANSHOU_FAULTS_DATA_DIR; see below), never the usual servers, and stops them at the end; the app
# (fat jar, built when the sources changed) on port FAULTS_PORT (18632). The run's logs stay in
# <data dir>/logs/faults-<mode>/.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd -P)"
# The usual servers are never touched: their settings are dropped, and lib.sh gets this run's ports and data dir.
unset DATABASE_URL DATABASE_USER DATABASE_PASSWORD ELASTICSEARCH_URL QIANSHOU_INDEX_PREFIX
export QIANSHOU_PG_PORT=55632 QIANSHOU_ES_PORT=59600 QIANSHOU_ES_TRANSPORT_PORT=59700
# shellcheck source=infra/lib.sh disable=SC1091
source "$repo/infra/lib.sh"
# The data dir: QIANSHOU_FAULTS_DATA_DIR, else .data-faults/ in the repository (or, as in a clone under a private
# temporary directory that the service user cannot reach, /var/lib/qianshou/<hash>-faults).
qs_use_data_set -faults "${QIANSHOU_FAULTS_DATA_DIR:-}"
cd "$QS_REPO"

mode="${1:-full}"
case "$mode" in
  # the write load: 4 clients, $rate writes a second in all (FAULTS_RATE; 0: as fast as the app answers)
  full) es_down=120 pg_down=30 warm=60 after=60 fuzz_count=10000 demo=200 ;;
  ci) es_down=20 pg_down=10 warm=20 after=20 fuzz_count=1000 demo=60 ;;
  *)
    echo "usage: bench/faults.sh [full|ci] [es|pg|kill|fuzz|backup ...]" >&2
    exit 2
    ;;
esac
rate="${FAULTS_RATE:-10}"
shift || true
faults=("$@")
((${#faults[@]})) || faults=(es pg kill fuzz backup)
for f in "${faults[@]}"; do
  [[ $f =~ ^(es|pg|kill|fuzz|backup)$ ]] || qs_die "unknown fault '$f' (es, pg, kill, fuzz, backup)"
done

PORT="${FAULTS_PORT:-18632}"
base="http://127.0.0.1:$PORT"
db=qianshou_faults
prefix=qianshou-faults

app_pid=""
load_pid=""
cleanup() {
  local rc=$?
  trap '' INT TERM
  trap - EXIT
  [[ -n $load_pid ]] && kill "$load_pid" 2>/dev/null
  [[ -n $app_pid ]] && qs_stop_app "$app_pid"
  if ((rc != 0)) && [[ -s ${work:-}/app.log ]]; then
    echo "---- last 40 lines of the app log ($work/app.log)" >&2
    tail -n 40 "$work/app.log" >&2
  fi
  if ((${#QS_STARTED[@]})); then
    qs_services_stop "${QS_STARTED[@]}" || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

qs_need_cmd curl
qs_init_data_dir
qs_ensure_cjk_font
qs_build_if_needed
jar="$(qs_find_jar)"
node_bin="$QS_REPO/frontend/node/node"
[[ -x $node_bin ]] || node_bin="$(command -v node)" || qs_die "node is needed (the SPA build installs frontend/node)"
driver() { "$node_bin" "$QS_REPO/bench/faults/driver.mjs" "$@"; }
qs_port_open "$PORT" && qs_die "port $PORT is in use: set FAULTS_PORT"
work="$QS_DATA/logs/faults-$mode"
rm -rf "$work"
mkdir -p "$work"

qs_section "servers: PostgreSQL 127.0.0.1:$QS_PG_PORT, Elasticsearch 127.0.0.1:$QS_ES_PORT (data $QS_DATA) (at ${SECONDS} s)"
qs_services_start postgres elasticsearch
eval "$(qs_services_env)"
es="$ELASTICSEARCH_URL"
qs_pg_createdb "$db"
qs_pg_createdb "${db}_restored"
qs_es_delete_indices "$prefix"
export DATABASE_URL="jdbc:postgresql://127.0.0.1:$QS_PG_PORT/$db"
psql_db() { qs_psql -d "${PSQL_DB:-$db}" -At "$@"; }

# ---- the app: random keys and administrator for this run; access tokens outlive the run (a restart keeps them)
export QIANSHOU_JWT_SECRET QIANSHOU_REFRESH_SECRET QIANSHOU_ADMIN_EMAIL QIANSHOU_ADMIN_PASSWORD
QIANSHOU_JWT_SECRET="$(qs_random_hex 32)" QIANSHOU_REFRESH_SECRET="$(qs_random_hex 32)"
QIANSHOU_ADMIN_EMAIL="admin-$(qs_random_hex 4)@faults.qianshou.test" QIANSHOU_ADMIN_PASSWORD="$(qs_random_hex 16)"
export PORT QIANSHOU_INDEX_PREFIX="$prefix" QIANSHOU_DEMO_PROJECTS="$demo" QIANSHOU_PUBLIC_URL="$base" \
  QIANSHOU_DOCUMENTS_DIR="$work/documents" MICRONAUT_SECURITY_TOKEN_GENERATOR_ACCESS_TOKEN_EXPIRATION=7200
start_app() {
  qs_log "starting the app on port $PORT (database ${DATABASE_URL##*/}, index prefix $QIANSHOU_INDEX_PREFIX)"
  # shellcheck disable=SC2086 # QIANSHOU_JAVA_OPTS is a list of options
  local started=$SECONDS
  java -Xmx512m ${QIANSHOU_JAVA_OPTS:-} -jar "$jar" >>"$work/app.log" 2>&1 &
  app_pid=$!
  qs_wait_http "$base/health" 300 "$app_pid" || qs_die "the app did not report UP on /health (log $work/app.log)"
  qs_log "the app reported UP after $((SECONDS - started)) s"
}
# Nothing left in the outbox (the index has every change) within $1 seconds.
outbox_drained() {
  local deadline=$((SECONDS + $1))
  until [[ $(psql_db -c "SELECT count(*) FROM search_outbox") == 0 ]]; do
    ((SECONDS < deadline)) || return 1
    sleep 0.5
  done
}
# Every project and opening row: kind, id, row version, the version its search document carries.
dump_rows() {
  psql_db -F $'\t' >"$1" <<'SQL'
SELECT 'project', id, version, version FROM project
UNION ALL
SELECT 'opening', o.id, o.version,
       coalesce(floor(extract(epoch FROM greatest(o.updated_at,
         (SELECT max(s.updated_at) FROM shift s WHERE s.opening_id = o.id))) * 1000000)::bigint, o.version)
FROM opening o
SQL
}
millis() { date +%s%3N; }

start_app
fault_started=$SECONDS
token() {
  curl -fsS --max-time 30 -H 'Content-Type: application/json' "$base/api/auth/token" \
    -d "{\"identifier\":\"$1\",\"password\":\"$2\"}" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
admin="$(token "$QIANSHOU_ADMIN_EMAIL" "$QIANSHOU_ADMIN_PASSWORD")"
[[ -n $admin ]] || qs_die "the administrator could not sign in"
admin_post() {
  curl -fsS --max-time 60 -H 'Content-Type: application/json' -H "Authorization: Bearer $admin" "$base$1" -d "$2"
}
# A verified agency, its published project (the openings' project), and a member (the administrator's password).
org="$(admin_post /api/admin/organisations '{"name":"断网演练社工服务中心","kind":"agency","regionCode":"530627"}' |
  sed -n 's/^{"id":\([0-9]*\).*/\1/p')"
[[ -n $org ]] || qs_die "could not create the agency"
project="$(admin_post /api/admin/projects "{\"organisationId\":$org,\"title\":\"断网演练基础项目\",\"description\":\"断网演练用项目\",
  \"regionCodes\":[\"530627\"],\"targetGroups\":[\"left-behind-children\"],\"serviceCategories\":[\"left-behind-children\"],
  \"programme\":\"demonstration\",\"fundingType\":\"government-purchase\",\"status\":\"published\",
  \"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\",\"budgetFen\":100000}" | sed -n 's/^{"id":\([0-9]*\).*/\1/p')"
[[ -n $project ]] || qs_die "could not create the agency's project"
member_email="member-$(qs_random_hex 4)@faults.qianshou.test"
psql_db >/dev/null <<SQL
INSERT INTO account (display_name, email, password_hash)
  SELECT '演练社工', '$member_email', password_hash FROM account WHERE email = '$QIANSHOU_ADMIN_EMAIL';
INSERT INTO organisation_member (organisation_id, account_id, role)
  SELECT $org, id, 'owner' FROM account WHERE email = '$member_email';
SQL
member="$(token "$member_email" "$QIANSHOU_ADMIN_PASSWORD")"
[[ -n $member ]] || qs_die "the agency's member could not sign in"
qs_log "agency $org, its project $project, member $member_email"

failed=()
declare -A took
# ---- under load: run_fault NAME INJECT. INJECT marks fault/down/back/up in $dir/marks and returns when the
# service is back; then the load stops, the index must catch up, and the driver compares.
run_fault() {
  local name="$1" inject="$2" start=$SECONDS
  dir="$work/$name"
  mkdir -p "$dir"
  : >"$dir/marks"
  driver load --base "$base" --token "$member" --org "$org" --project "$project" --dir "$dir" \
    --clients 4 --rate "$rate" 2>>"$dir/load.err" &
  load_pid=$!
  # under load before the fault: $warm writes acknowledged
  acks_since 0 "$warm" 120 || qs_die "the load did not get $warm writes acknowledged within 120 s ($dir/load.err)"
  "$inject"
  touch "$dir/stop"
  wait "$load_pid" || true
  load_pid=""
  # Caught up: no outbox row left and the index equal to PostgreSQL, measured from the service's return.
  local up caught="" deadline=$((SECONDS + 90))
  up="$(sed -n 's/^answers //p' "$dir/marks")"
  [[ -n $up ]] || up="$(sed -n 's/^up //p' "$dir/marks")"
  while ((SECONDS < deadline)); do
    if outbox_drained 0 && dump_rows "$dir/rows.tsv" &&
      [[ $(driver diff --rows "$dir/rows.tsv" --es "$es" --prefix "$prefix") == 0 ]]; then
      caught="$(awk -v a="$(millis)" -v b="$up" 'BEGIN { printf "%.1f", (a - b) / 1000 }')"
      break
    fi
    sleep 0.5
  done
  dump_rows "$dir/rows.tsv"
  if ! driver verify --dir "$dir" --rows "$dir/rows.tsv" --es "$es" --prefix "$prefix" --fault "$name" \
    --caught-up "${caught:-never}"; then
    failed+=("$name")
  fi
  took[$name]=$((SECONDS - start))
  if [[ -s $dir/load.err ]]; then
    qs_log "the load's complaints ($dir/load.err):"
    sort "$dir/load.err" | uniq -c | sort -rn | head -n 5 >&2
  fi
}
mark() { echo "$1 $(millis)" >>"$dir/marks"; }
# acks_since MILLIS N SECONDS: wait until the load has N acknowledged writes that began at or after MILLIS (no fixed
# sleep: on a loaded machine a second holds fewer writes); fails after SECONDS.
acks_since() {
  local since="$1" want="$2" deadline=$((SECONDS + $3))
  until (($(awk -v s="$since" -F'"t":' 'NF > 1 && $2 + 0 >= s { n++ } END { print n + 0 }' "$dir/acks.jsonl" 2>/dev/null || echo 0) >= want)); do
    ((SECONDS < deadline)) || return 1
    qs_pid_alive "$load_pid" || return 1
    sleep 0.2
  done
}
# and after the service is back: $after more writes acknowledged, so that recovery is shown by writes
writes_after_up() {
  acks_since "$(sed -n 's/^up //p' "$dir/marks")" "$after" 120 ||
    qs_log "fewer than $after writes acknowledged within 120 s after the service came back"
}

inject_es() {
  mark fault
  qs_services_stop elasticsearch
  mark down
  sleep "$es_down"
  mark back
  qs_services_start elasticsearch
  mark answers
  # Back in service once the shards of this run's indices are active again (they recover after the node answers).
  curl -fsS --max-time 120 -o /dev/null \
    "$es/_cluster/health/$prefix-*?wait_for_status=yellow&timeout=100s&expand_wildcards=all" ||
    qs_log "the indices of $prefix did not become yellow"
  mark up
}
inject_pg() {
  mark fault
  qs_services_stop postgres
  mark down
  sleep "$pg_down"
  mark back
  qs_services_start postgres
  mark up
  writes_after_up
}
inject_kill() {
  mark fault
  kill -9 "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  mark down
  mark back
  start_app
  mark up
  writes_after_up
}

table_checksums() {
  psql_db <<'SQL'
SELECT format('SELECT %L, count(*), md5(coalesce(string_agg(t::text, %L ORDER BY t::text), %L)) FROM %I t',
              table_name, E'\n', '', table_name)
FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name
\gexec
SQL
}

fault_fuzz() {
  dir="$work/fuzz"
  mkdir -p "$dir"
  local start=$SECONDS session csrf
  outbox_drained 60 || qs_die "the outbox did not drain before the malformed requests"
  curl -fsS --max-time 10 -o "$dir/openapi.yml" "$base/api/openapi.yml" || qs_die "no OpenAPI document at /api/openapi.yml"
  # A browser session of the member (cookie and CSRF token), signed in before the checksums.
  csrf="$(curl -fsS --max-time 30 -c "$dir/cookies" -H 'Content-Type: application/json' -H "Origin: $base" \
    "$base/api/auth/login" -d "{\"identifier\":\"$member_email\",\"password\":\"$QIANSHOU_ADMIN_PASSWORD\"}" |
    sed -n 's/.*"csrfToken":"\([^"]*\)".*/\1/p')"
  session="$(awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$dir/cookies")"
  [[ -n $csrf && -n $session ]] || qs_die "the member could not sign in with a session"
  local opening
  opening="$(psql_db -c "SELECT min(id) FROM opening")"
  table_checksums >"$dir/before.tsv"
  local ok=1
  driver fuzz --base "$base" --spec "$dir/openapi.yml" --spa "$QS_REPO/frontend" --dir "$dir" --count "$fuzz_count" \
    --admin "$admin" --member "$member" --org "$org" --project "$project" --opening "${opening:-1}" \
    --session "$session" --csrf "$csrf" || ok=0
  table_checksums >"$dir/after.tsv"
  local tables changed
  tables="$(wc -l <"$dir/before.tsv")"
  changed="$(diff <(sort "$dir/before.tsv") <(sort "$dir/after.tsv") | grep -c '^<' || true)"
  echo "  checksums: $tables tables, $(awk -F'|' '{ s += $2 } END { print s }' "$dir/before.tsv") rows before," \
    "$(awk -F'|' '{ s += $2 } END { print s }' "$dir/after.tsv") after; tables changed: $changed"
  diff <(sort "$dir/before.tsv") <(sort "$dir/after.tsv") | grep '^[<>]' | cut -d'|' -f1,2 | sed 's/^/    /' || true
  echo "  difference: $changed"
  ((changed == 0)) || ok=0
  if ((ok)); then echo "  passed"; else
    echo "  FAILED"
    failed+=(fuzz)
  fi
  took[fuzz]=$((SECONDS - start))
}

fault_backup() {
  dir="$work/backup"
  mkdir -p "$dir"
  local start=$SECONDS pw ok=1
  pw="$(qs_pg_password)"
  outbox_drained 60 || qs_die "the outbox did not drain before the backup"
  # The index of the original rebuilt too, so that both sides are fresh indices of the same rows.
  admin_post /api/admin/search/rebuild '{}' >/dev/null
  driver searches --base "$base" >"$dir/searches-before.tsv" || qs_die "a fixed search failed before the backup"
  psql_db <<'SQL' >"$dir/counts-before.tsv"
SELECT format('SELECT %L, count(*) FROM %I', table_name, table_name)
FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name
\gexec
SQL
  PGPASSWORD="$pw" "$QS_PG_BIN/pg_dump" -h 127.0.0.1 -p "$QS_PG_PORT" -U "$QS_PG_USER" -Fc -f "$dir/$db.dump" "$db"
  PGPASSWORD="$pw" "$QS_PG_BIN/pg_restore" -h 127.0.0.1 -p "$QS_PG_PORT" -U "$QS_PG_USER" --no-owner --exit-on-error \
    -d "${db}_restored" "$dir/$db.dump"
  PSQL_DB="${db}_restored" psql_db <<'SQL' >"$dir/counts-after.tsv"
SELECT format('SELECT %L, count(*) FROM %I', table_name, table_name)
FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name
\gexec
SQL
  # The app on the restored database with an index prefix of its own: it builds the index from PostgreSQL.
  qs_stop_app "$app_pid"
  qs_es_delete_indices "$prefix-restored"
  DATABASE_URL="jdbc:postgresql://127.0.0.1:$QS_PG_PORT/${db}_restored" QIANSHOU_INDEX_PREFIX="$prefix-restored" start_app
  admin_post /api/admin/search/rebuild '{}' >"$dir/rebuild.json"
  driver searches --base "$base" >"$dir/searches-after.tsv" || ok=0
  local tables rows counts_diff searches_diff
  tables="$(wc -l <"$dir/counts-before.tsv")"
  rows="$(awk -F'|' '{ s += $2 } END { print s }' "$dir/counts-before.tsv")"
  echo "  written:  $db, $tables tables, $rows rows; $(wc -l <"$dir/searches-before.tsv") fixed searches," \
    "$(cut -f3 "$dir/searches-before.tsv" | tr ',' '\n' | grep -c . || true) ids in their results"
  echo "  found:    ${db}_restored, $(wc -l <"$dir/counts-after.tsv") tables," \
    "$(awk -F'|' '{ s += $2 } END { print s }' "$dir/counts-after.tsv") rows; rebuilt index:" \
    "$(tr -d '\n' <"$dir/rebuild.json" | cut -c1-200)"
  counts_diff="$(diff "$dir/counts-before.tsv" "$dir/counts-after.tsv" | grep -c '^<' || true)"
  searches_diff="$(diff "$dir/searches-before.tsv" "$dir/searches-after.tsv" | grep -c '^<' || true)"
  diff "$dir/counts-before.tsv" "$dir/counts-after.tsv" | sed 's/^/    /' || true
  diff "$dir/searches-before.tsv" "$dir/searches-after.tsv" | cut -c1-300 | sed 's/^/    /' || true
  echo "  difference: $((counts_diff + searches_diff)) ($counts_diff tables with other counts, $searches_diff searches with other results)"
  ((counts_diff + searches_diff == 0)) || ok=0
  # every fixed search found something (the driver fails otherwise), so the comparison compares ids
  [[ $(wc -l <"$dir/searches-before.tsv") -ge 8 ]] || ok=0
  if ((ok)); then echo "  passed"; else
    echo "  FAILED"
    failed+=(backup)
  fi
  took[backup]=$((SECONDS - start))
}

for f in "${faults[@]}"; do
  case "$f" in
    es)
      qs_section "fault 1: Elasticsearch stopped for $es_down s under a write load (at ${SECONDS} s)"
      run_fault es inject_es
      ;;
    pg)
      qs_section "fault 2: PostgreSQL stopped for $pg_down s and started again under a write load (at ${SECONDS} s)"
      run_fault pg inject_pg
      ;;
    kill)
      qs_section "fault 3: the app killed with kill -9 in the middle of writes, then started again (at ${SECONDS} s)"
      run_fault kill inject_kill
      ;;
    fuzz)
      qs_section "fault 4: $fuzz_count malformed requests over every operation of the OpenAPI document (at ${SECONDS} s)"
      fault_fuzz
      ;;
    backup)
      qs_section "fault 5: pg_dump, restore into a new database, rebuild the index there (at ${SECONDS} s)"
      fault_backup
      ;;
  esac
done

qs_section "summary ($mode) (at ${SECONDS} s)"
for f in "${faults[@]}"; do
  if [[ " ${failed[*]} " == *" $f "* ]]; then
    printf '  %-7s FAILED (%s s)\n' "$f" "${took[$f]:-?}"
  else
    printf '  %-7s passed (%s s)\n' "$f" "${took[$f]:-?}"
  fi
done
echo "  whole run: $((SECONDS - fault_started)) s after the app first started; logs in $work"
((${#failed[@]} == 0))
