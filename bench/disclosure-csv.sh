#!/usr/bin/env bash
# Disclosure CSV benchmark: the public list of payments (GET /api/disclosure/payments.csv) streamed through real HTTP,
# 1,000 rows and PAYMENTS rows (default 100,000), each download in a fresh JVM, with the app's peak resident memory
# (VmHWM of /proc/<pid>/status) before and after the download. A streamed file keeps the peak flat: the long export
# should need about what the short one needs.
#
# Usage: bench/disclosure-csv.sh [PAYMENTS] [RUNS]   (BENCH_HEAP=512m the app's -Xmx; BENCH_JAR=… a jar built before;
#        BENCH_PORT=18290)
# Uses the local services from infra/ (started or reused, stopped again if this script started them), a fresh database
# qianshou_bench_disclosure and index prefix qianshou-bench-disclosure. The app's first start loads 2,000 demo projects
# (its organisations are the agencies); the script then writes a funder, two published calls, their awards, tranches
# and approved payments with batched INSERT … SELECT: PAYMENTS / 1,000 awards of 1,000 payments in the large call, one
# award of 1,000 payments in the small one.
set -euo pipefail
# shellcheck source=bench/lib.sh disable=SC1091
source "$(dirname "$0")/lib.sh"

payments="${1:-100000}"
runs="${2:-2}"
port="${BENCH_PORT:-18290}"
heap="${BENCH_HEAP:-512m}"
base="http://127.0.0.1:$port"
db=qianshou_bench_disclosure
bench_traps

((payments % 1000 == 0)) || qs_die "PAYMENTS must be a multiple of 1,000"
bench_app_setup "$port" "$db" qianshou-bench-disclosure
export QIANSHOU_DEMO_PROJECTS=2000 PORT="$port"
qs_es_delete_indices "$QIANSHOU_INDEX_PREFIX"
log="$QS_DATA/logs/bench-disclosure-app.log"

start_app() {
  java -Xmx"$heap" -jar "$jar" >>"$log" 2>&1 &
  app_pid=$!
  qs_wait_http "$base/health" 1800 "$app_pid" || qs_die "the app did not start; see $log"
}

stop_app() {
  qs_stop_app "$app_pid"
  app_pid=""
}

hwm_kb() { awk '/VmHWM/ {print $2}' "/proc/$app_pid/status"; }

: >"$log"
start_app # migrates and loads the demo data
stop_app

awards=$((payments / 1000))
qs_psql -d "$db" <<SQL
BEGIN;
INSERT INTO organisation (name, kind, subtype, registered_region_code, status, demo)
    VALUES ('基准测试基金会（演示）', 'funder', 'foundation', '53', 'verified', true);
INSERT INTO account (display_name, email, password_hash) VALUES
    ('bench recorder', 'bench-recorder@qianshou.local', 'x'), ('bench approver', 'bench-approver@qianshou.local', 'x');
CREATE TEMP TABLE bench AS SELECT
    (SELECT id FROM organisation WHERE name = '基准测试基金会（演示）') AS funder,
    (SELECT id FROM account WHERE email = 'bench-recorder@qianshou.local') AS recorder,
    (SELECT id FROM account WHERE email = 'bench-approver@qianshou.local') AS approver;
INSERT INTO funding_call (organisation_id, title, funding_type_code, pool_fen, max_award_fen, region_code, opens_at,
        closes_at, status, published_at, created_by, demo)
    SELECT funder, t.title, 'venture-philanthropy', 1000000000000, 100000000, '53', now() - interval '90 days',
        now() - interval '60 days', 'published', now() - interval '90 days', recorder, true
    FROM bench, (VALUES ('基准测试：大批付款'), ('基准测试：一千笔付款')) AS t (title);
CREATE TEMP TABLE calls AS SELECT id, title FROM funding_call WHERE demo AND title LIKE '基准测试：%';
INSERT INTO funding_call_tranche (call_id, seq, share_bp) SELECT id, 1, 10000 FROM calls;
-- One application per agency: the first project of each of the first AWARDS + 1 organisations with a published one.
CREATE TEMP TABLE picked AS
    SELECT organisation_id, project_id, row_number() OVER (ORDER BY organisation_id) AS n FROM (
        SELECT DISTINCT ON (organisation_id) organisation_id, id AS project_id FROM project
        WHERE status = 'published' ORDER BY organisation_id, id) p
    ORDER BY organisation_id LIMIT $awards + 1;
DO \$\$ BEGIN
    IF (SELECT count(*) FROM picked) < $awards + 1 THEN
        RAISE EXCEPTION 'not enough demo organisations with a published project';
    END IF;
END \$\$;
INSERT INTO funding_application (call_id, organisation_id, project_id, status, title, requested_fen, created_by)
    SELECT CASE WHEN n <= $awards THEN (SELECT id FROM calls WHERE title = '基准测试：大批付款')
                ELSE (SELECT id FROM calls WHERE title = '基准测试：一千笔付款') END,
           organisation_id, project_id, 'awarded', '基准测试申请', 100000000, (SELECT recorder FROM bench)
    FROM picked;
INSERT INTO funding_award (call_id, application_id, funder_organisation_id, organisation_id, project_id, amount_fen,
        status, proposed_by, decided_by, decided_at, accepted_at)
    SELECT a.call_id, a.id, b.funder, a.organisation_id, a.project_id, 100000000, 'accepted', b.recorder, b.approver,
        now() - interval '50 days', now() - interval '49 days'
    FROM funding_application a, bench b WHERE a.call_id IN (SELECT id FROM calls);
INSERT INTO funding_tranche (award_id, seq, amount_fen, status, payable_at)
    SELECT id, 1, amount_fen, 'payable', now() - interval '49 days' FROM funding_award WHERE call_id IN (SELECT id FROM calls);
INSERT INTO funding_payment (tranche_id, funder_organisation_id, amount_fen, external_reference, idempotency_key,
        paid_on, status, recorded_by, decided_by, decided_at)
    SELECT t.id, b.funder, 10000 + (g % 97), 'BENCH-' || t.id || '-' || g, 'bench-' || t.id || '-' || g,
        current_date - (g % 40), 'approved', b.recorder, b.approver, now()
    FROM funding_tranche t JOIN funding_award a ON a.id = t.award_id, bench b, generate_series(1, 1000) g
    WHERE a.call_id IN (SELECT id FROM calls);
COMMIT;
ANALYZE;
SQL
count() { qs_psql -d "$db" -At -c "$1"; }
large=$(count "SELECT id FROM funding_call WHERE title = '基准测试：大批付款'")
small=$(count "SELECT id FROM funding_call WHERE title = '基准测试：一千笔付款'")
echo "approved payments: $(count "SELECT count(*) FROM funding_payment WHERE status = 'approved'")" \
  "(large call $large: $(count "SELECT count(*) FROM funding_payment p JOIN funding_tranche t ON t.id = p.tranche_id JOIN funding_award a ON a.id = t.award_id WHERE a.call_id = $large"),"\
  "small call $small: 1000)"
echo "app heap limit: $heap; each download in a fresh JVM, after one warm-up request of 10 rows"
echo
printf '%-10s %4s %9s %11s %9s %16s %16s\n' "export" "run" "rows" "bytes" "seconds" "peak RSS before" "peak RSS after"
for ((run = 1; run <= runs; run++)); do
  for which in small large; do
    call=$small
    [[ $which == large ]] && call=$large
    start_app
    curl -fsS -o /dev/null "$base/api/disclosure/payments.csv?callId=$small&from=$(date +%F)"
    before=$(hwm_kb)
    out="$QS_DATA/bench-disclosure-$which.csv"
    secs=$(curl -fsS -o "$out" -w '%{time_total}' "$base/api/disclosure/payments.csv?callId=$call")
    after=$(hwm_kb)
    rows=$(($(wc -l <"$out") - 1))
    bytes=$(stat -c %s "$out")
    printf '%-10s %4s %9s %11s %9s %12s MiB %12s MiB\n' "$which" "$run" "$rows" "$bytes" "$secs" \
      "$((before / 1024))" "$((after / 1024))"
    rm -f "$out"
    stop_app
  done
done
