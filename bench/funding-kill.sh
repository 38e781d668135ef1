#!/usr/bin/env bash
# Funding under kill -9: CLIENTS concurrent clients (default 16) approve AWARDS proposed awards (default 300) of one
# call whose pool fits FIT of them (default 200), then accept each approved award as its agency and pay its first
# tranche in two payments (record + approve, four eyes, each with an idempotency key), retrying every request until it
# gets a definite answer, while the app is killed with `kill -9` KILLS times (default 4) at random moments and
# restarted. Then SQL checks: no pool over its budget, no award paid beyond its amount, Σ approved payments = Σ ledger
# payment entries, committed = Σ ledger commit + release, and the awards', tranches' and payments' sums agree. Prints
# the figures; exits non-zero when a check fails.
#
# Usage: bench/funding-kill.sh [CLIENTS] [AWARDS] [FIT] [KILLS]
# Runs the fat jar (built when the sources changed) on port ${PORT:-18280} against the local services from infra/
# (started or reused), database qianshou_bench_funding, index prefix qianshou-bench-funding. All traffic is loopback.
set -euo pipefail
# shellcheck source=infra/lib.sh disable=SC1091
source "$(dirname "$0")/../infra/lib.sh"
cd "$QS_REPO"

clients="${1:-16}"
awards="${2:-300}"
fit="${3:-200}"
kills="${4:-4}"
amount=1000000 # ¥10,000 an award
export PORT="${BENCH_PORT:-18280}"
base="http://127.0.0.1:$PORT"
db=qianshou_bench_funding
work="$(mktemp -d /tmp/funding-kill.XXXXXX)"
deadline=$((SECONDS + 1800)) # the whole run stops by itself after 30 minutes

app_pid=""
cleanup() {
  local rc=$?
  trap '' INT TERM
  trap - EXIT
  jobs -p | xargs -r kill 2>/dev/null || true
  if [[ -s $work/app.pid ]]; then
    qs_stop_app "$(cat "$work/app.pid")" || true
  fi
  if ((${#QS_STARTED[@]})); then
    qs_services_stop "${QS_STARTED[@]}" || true
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

qs_need_cmd curl
qs_prepare_app
jar="$QS_JAR"
qs_pg_createdb "$db"
export DATABASE_URL="${DATABASE_URL%/*}/$db" QIANSHOU_INDEX_PREFIX=qianshou-bench-funding QIANSHOU_DEMO_PROJECTS=0
# Access tokens live an hour here, so that the clients' tokens outlast the run (the app's default is 5 minutes).
export MICRONAUT_SECURITY_TOKEN_GENERATOR_ACCESS_TOKEN_EXPIRATION=3600
psql_db() { qs_psql -d "$db" -At "$@"; }

start_app() {
  # shellcheck disable=SC2086 # QIANSHOU_JAVA_OPTS is a list of options
  java -Xmx512m ${QIANSHOU_JAVA_OPTS:-} -jar "$jar" >>"$work/app.log" 2>&1 &
  echo $! >"$work/app.pid"
  qs_wait_http "$base/health" 300 "$!" || { tail -n 50 "$work/app.log" >&2; qs_die "the app did not start"; }
}

qs_log "starting the app on port $PORT (log: $work/app.log)"
start_app

# ---- fixtures: a funder with two members, AWARDS agencies with a project and a submitted application, one call
admin_hash="$(psql_db -c "SELECT password_hash FROM account WHERE email = '$QIANSHOU_ADMIN_EMAIL'")"
[[ -n $admin_hash ]] || qs_die "no bootstrap administrator"
psql_db <<SQL >/dev/null
INSERT INTO account (display_name, email, password_hash) VALUES
  ('经办人', 'bench-proposer@qianshou.test', '$admin_hash'),
  ('复核人', 'bench-approver@qianshou.test', '$admin_hash'),
  ('社工', 'bench-agency@qianshou.test', '$admin_hash');
SQL
token() {
  curl -fsS --max-time 30 -H 'Content-Type: application/json' "$base/api/auth/token" \
    -d "{\"identifier\":\"$1\",\"password\":\"$QIANSHOU_ADMIN_PASSWORD\"}" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
admin="$(token "$QIANSHOU_ADMIN_EMAIL")"
seed() {
  curl -fsS --max-time 30 -H 'Content-Type: application/json' -H "Authorization: Bearer $admin" \
    "$base/api/admin/organisations" -d "$1" | sed -n 's/^{"id":\([0-9]*\).*/\1/p'
}
funder="$(seed '{"name":"压测资助方","kind":"funder","regionCode":"5306"}')"
template="$(seed '{"name":"压测社工机构","kind":"agency","regionCode":"530627"}')"
[[ -n $funder && -n $template ]] || qs_die "could not create the organisations"
curl -fsS --max-time 30 -o /dev/null -H 'Content-Type: application/json' -H "Authorization: Bearer $admin" \
  "$base/api/admin/projects" -d "{\"organisationId\":$template,\"title\":\"压测项目\",\"description\":\"压测用项目\",
  \"regionCodes\":[\"530627\"],\"targetGroups\":[\"left-behind-children\"],\"serviceCategories\":[\"left-behind-children\"],
  \"programme\":\"demonstration\",\"fundingType\":\"government-purchase\",\"status\":\"published\",
  \"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\",\"budgetFen\":100000}"
# The other agencies and their projects are copies of the first (SQL: faster than AWARDS × 2 requests).
org_cols="$(psql_db -c "SELECT string_agg(column_name, ', ' ORDER BY ordinal_position) FROM information_schema.columns
  WHERE table_schema = 'public' AND table_name = 'organisation' AND column_name NOT IN ('id', 'name')")"
project_cols="$(psql_db -c "SELECT string_agg(column_name, ', ' ORDER BY ordinal_position) FROM information_schema.columns
  WHERE table_schema = 'public' AND table_name = 'project' AND column_name NOT IN ('id', 'organisation_id')")"
psql_db <<SQL >/dev/null
INSERT INTO organisation (name, $org_cols)
  SELECT '压测社工机构' || g, $org_cols FROM organisation, generate_series(2, $awards) g WHERE id = $template;
INSERT INTO project (organisation_id, $project_cols)
  SELECT o.id, $(sed 's/\([a-z_][a-z0-9_]*\)/p.\1/g' <<<"$project_cols") FROM organisation o, project p
  WHERE o.name LIKE '压测社工机构_%' AND p.organisation_id = $template;
INSERT INTO organisation_member (organisation_id, account_id, role)
  SELECT $funder, id, CASE email WHEN 'bench-proposer@qianshou.test' THEN 'owner' ELSE 'staff' END FROM account
  WHERE email IN ('bench-proposer@qianshou.test', 'bench-approver@qianshou.test');
INSERT INTO organisation_member (organisation_id, account_id, role)
  SELECT o.id, a.id, 'owner' FROM organisation o, account a
  WHERE o.kind = 'agency' AND o.name LIKE '压测社工机构%' AND a.email = 'bench-agency@qianshou.test';
INSERT INTO funding_call (organisation_id, title, funding_type_code, pool_fen, max_award_fen, region_code, opens_at,
    closes_at, status, published_at, created_by)
  SELECT $funder, '压测资金池', 'government-purchase', $((fit * amount)), $amount, '5306', now() - interval '30 days',
    now() - interval '1 day', 'published', now() - interval '30 days', id FROM account
  WHERE email = 'bench-proposer@qianshou.test';
INSERT INTO funding_call_tranche (call_id, seq, share_bp, report_due_on)
  SELECT id, s.seq, s.bp, CASE WHEN s.seq = 1 THEN NULL ELSE current_date + 90 * (s.seq - 1) END
  FROM funding_call, (VALUES (1, 3000), (2, 4000), (3, 3000)) s(seq, bp);
INSERT INTO funding_application (call_id, organisation_id, project_id, stage, status, title, requested_fen,
    submitted_at, created_by)
  SELECT c.id, p.organisation_id, p.id, 'full', 'submitted', '留守儿童关爱', $amount, now(), c.created_by
  FROM funding_call c, project p;
SQL
call="$(psql_db -c "SELECT id FROM funding_call")"
proposer="$(token bench-proposer@qianshou.test)"
approver="$(token bench-approver@qianshou.test)"
agency="$(token bench-agency@qianshou.test)"
[[ -n $proposer && -n $approver && -n $agency ]] || qs_die "could not sign in the bench accounts"
# The proposals go through the API (one member proposes, another will approve).
for application in $(psql_db -c "SELECT id FROM funding_application ORDER BY id"); do
  curl -fsS --max-time 30 -o /dev/null -H 'Content-Type: application/json' -H "Authorization: Bearer $proposer" \
    "$base/api/organisations/$funder/calls/$call/awards" -d "{\"applicationId\":$application,\"amountFen\":$amount}"
done
qs_log "$awards awards proposed on call $call (pool: $fit awards); $clients clients start, $kills kills"

# ---- one request until a definite answer: retried while the app is down or answers 5xx
# request METHOD PATH TOKEN BODY → prints "STATUS BODY"; gives up (status 000) after 600 s.
request() {
  local method="$1" path="$2" tok="$3" body="${4:-}" status out="$work/out.$BASHPID" until=$((SECONDS + 600))
  while ((SECONDS < until && SECONDS < deadline)); do
    status="$(curl -s --max-time 60 -o "$out" -w '%{http_code}' -X "$method" -H 'Content-Type: application/json' \
      -H "Authorization: Bearer $tok" ${body:+-d "$body"} "$base$path" 2>/dev/null)" || status=000
    if [[ $status != 000 && $status != 5* ]]; then
      printf '%s %s\n' "$status" "$(cat "$out")"
      return 0
    fi
    echo retry >>"$work/retries.$BASHPID"
    sleep 0.5
  done
  printf '000 \n'
}
field() { sed -n "s/.*\"$1\":\\([0-9]*\\)[,}].*/\\1/p" | head -n1; }
first_id() { sed -n 's/^[0-9]* {"id":\([0-9]*\),.*/\1/p'; }

# client N: its share of the awards, each approved (409: the pool is spent, or an earlier attempt approved it),
# accepted, and tranche 1 paid in two payments.
client() {
  local n="$1" id answer version org tranche half rest pay
  for id in $(psql_db -c "SELECT id FROM funding_award WHERE id % $clients = $n ORDER BY id"); do
    answer="$(request GET "/api/organisations/$funder/awards/$id" "$approver")"
    version="$(sed -n 's/.*"version":\([0-9]*\)}$/\1/p' <<<"$answer")"
    answer="$(request POST "/api/organisations/$funder/awards/$id/approve" "$approver" "{\"version\":${version:-0}}")"
    echo "approve ${answer%% *}" >>"$work/answers.$n"
    answer="$(request GET "/api/organisations/$funder/awards/$id" "$approver")"
    [[ $answer == 200* && $answer == *'"status":"approved"'* ]] || continue
    org="$(field organisationId <<<"$answer")"
    version="$(sed -n 's/.*"version":\([0-9]*\)}$/\1/p' <<<"$answer")"
    answer="$(request POST "/api/organisations/$org/awards/$id/accept" "$agency" \
      "{\"version\":$version,\"acceptConditions\":true}")"
    echo "accept ${answer%% *}" >>"$work/answers.$n"
    tranche="$(psql_db -c "SELECT id FROM funding_tranche WHERE award_id = $id AND seq = 1")"
    half=$((amount * 3000 / 10000 / 2))
    rest=$((amount * 3000 / 10000 - half))
    for pay in "a:$half" "b:$rest"; do
      answer="$(request POST "/api/organisations/$funder/tranches/$tranche/payments" "$proposer" \
        "{\"amountFen\":${pay#*:},\"externalReference\":\"BANK-$tranche-${pay%%:*}\",\"paidOn\":\"$(TZ=Asia/Shanghai date +%F)\",\"idempotencyKey\":\"bench-$tranche-${pay%%:*}\"}")"
      echo "record ${answer%% *}" >>"$work/answers.$n"
      answer="$(request POST "/api/organisations/$funder/payments/$(first_id <<<"$answer")/approve" "$approver" '{}')"
      echo "approve-payment ${answer%% *}" >>"$work/answers.$n"
    done
  done
}

# ---- the chaos: kill -9 at random moments while the clients run, restart, wait until healthy
chaos() {
  local i pid
  for ((i = 1; i <= kills; i++)); do
    sleep $((3 + RANDOM % 6))
    pid="$(cat "$work/app.pid")"
    kill -9 "$pid" 2>/dev/null || true
    echo "kill $i: $(date +%T) pid $pid" >>"$work/kills"
    sleep 1
    start_app
  done
}

approvals_before="$(psql_db -c "SELECT count(*) FROM funding_award WHERE status <> 'proposed'")"
started=$SECONDS
for ((n = 0; n < clients; n++)); do
  client "$n" &
done
chaos &
chaos_pid=$!
wait "$chaos_pid"
wait
elapsed=$((SECONDS - started))
# The app is up (the last restart waited for /health); let every in-flight thing settle.
qs_wait_http "$base/health" 120 || qs_die "the app is not up after the run"

# ---- the checks
cat "$work"/answers.* | sort | uniq -c | sort -k2 | sed 's/^/  answers: /'
printf '  kills: %s\n' "$(wc -l <"$work/kills")"
sed 's/^/    /' "$work/kills"
printf '  retried requests (connection refused or 5xx while the app was down or starting): %s\n' \
  "$(cat "$work"/retries.* 2>/dev/null | wc -l)"
printf '  wall time of the clients: %s s; awards decided before the run: %s\n' "$elapsed" "$approvals_before"
psql_db -F ' ' <<'SQL' | tee "$work/checks"
SELECT 'pool_fen', pool_fen, 'committed_fen', committed_fen, 'remaining_fen', pool_fen - committed_fen FROM funding_call;
SELECT 'awards by status:', string_agg(status || ' ' || n, ', ' ORDER BY status) FROM
  (SELECT status, count(*) n FROM funding_award GROUP BY status) s;
SELECT 'sum of committed awards (approved, accepted, completed)', coalesce(sum(amount_fen), 0) FROM funding_award
  WHERE status IN ('approved', 'accepted', 'completed');
SELECT 'ledger commit + release', coalesce(sum(amount_fen), 0) FROM funding_ledger_entry WHERE kind IN ('commit', 'release');
SELECT 'ledger commit entries', count(*) FROM funding_ledger_entry WHERE kind = 'commit';
SELECT 'payments approved: count, sum', count(*), coalesce(sum(amount_fen), 0) FROM funding_payment WHERE status = 'approved';
SELECT 'payments recorded, not approved', count(*) FROM funding_payment WHERE status = 'recorded';
SELECT 'ledger payment entries: count, sum', count(*), coalesce(sum(amount_fen), 0) FROM funding_ledger_entry
  WHERE kind = 'payment';
SELECT 'sum of awards paid_fen', coalesce(sum(paid_fen), 0) FROM funding_award;
SELECT 'CHECK pools over budget', count(*) FROM funding_call WHERE committed_fen > pool_fen
  OR (SELECT coalesce(sum(amount_fen), 0) FROM funding_award a WHERE a.call_id = funding_call.id AND a.match_id IS NULL
      AND a.status IN ('approved', 'accepted', 'completed')) > pool_fen;
SELECT 'CHECK awards paid beyond their amount', count(*) FROM funding_award WHERE paid_fen > amount_fen;
SELECT 'CHECK awards whose paid_fen differs from their approved payments', count(*) FROM funding_award a
  WHERE a.paid_fen <> (SELECT coalesce(sum(p.amount_fen), 0) FROM funding_payment p JOIN funding_tranche t
    ON t.id = p.tranche_id WHERE t.award_id = a.id AND p.status = 'approved');
SELECT 'CHECK tranches paid beyond their amount or differing from their payments', count(*) FROM funding_tranche t
  WHERE t.paid_fen > t.amount_fen OR t.paid_fen <> (SELECT coalesce(sum(amount_fen), 0) FROM funding_payment p
    WHERE p.tranche_id = t.id AND p.status = 'approved');
SELECT 'CHECK approved payments without exactly one ledger entry', count(*) FROM funding_payment p
  WHERE p.status = 'approved' AND (SELECT count(*) FROM funding_ledger_entry l WHERE l.payment_id = p.id) <> 1;
SELECT 'CHECK sum of approved payments <> sum of ledger payments', count(*) FROM (SELECT
  (SELECT coalesce(sum(amount_fen), 0) FROM funding_payment WHERE status = 'approved') a,
  (SELECT coalesce(sum(amount_fen), 0) FROM funding_ledger_entry WHERE kind = 'payment') b) s WHERE a <> b;
SELECT 'CHECK committed_fen <> ledger commit + release', count(*) FROM funding_call c WHERE c.committed_fen <>
  (SELECT coalesce(sum(amount_fen), 0) FROM funding_ledger_entry l WHERE l.call_id = c.id AND l.match_id IS NULL
   AND l.kind IN ('commit', 'release'));
SELECT 'CHECK committed awards without exactly one commit entry', count(*) FROM funding_award a
  WHERE a.status IN ('approved', 'accepted', 'completed')
  AND (SELECT count(*) FROM funding_ledger_entry l WHERE l.award_id = a.id AND l.kind = 'commit') <> 1;
SQL
if grep '^CHECK' "$work/checks" | grep -qv ' 0$'; then
  qs_die "a check failed (see the CHECK lines above)"
fi
committed="$(psql_db -c "SELECT count(*) FROM funding_award WHERE status IN ('approved', 'accepted', 'completed')")"
((committed == fit)) || qs_die "expected $fit awards to hold money of the pool, found $committed"
# The payment checks mean something only if the payments happened: every committed award accepted, two payments each.
accepted="$(psql_db -c "SELECT count(*) FROM funding_award WHERE status = 'accepted'")"
((accepted == fit)) || qs_die "expected $fit accepted awards, found $accepted"
paid="$(psql_db -c "SELECT count(*) FROM funding_payment WHERE status = 'approved'")"
((paid == 2 * fit)) || qs_die "expected $((2 * fit)) approved payments, found $paid"
((approvals_before == 0)) || qs_die "$approvals_before awards were decided before the clients started"
echo "all checks passed"
