#!/usr/bin/env bash
# Run Qianshou locally: build when the sources changed, start (or reuse) PostgreSQL and
# Elasticsearch, run the backend fat jar (which serves the SPA) and print its URL.
# Ctrl-C stops the app and exactly the services this run started. Data stays in the data dir.
#
# Environment: PORT (8080), QIANSHOU_DEMO_PROJECTS (500; loaded on first start only),
# QIANSHOU_ADMIN_EMAIL (admin@qianshou.local) or QIANSHOU_ADMIN_PHONE, and QIANSHOU_ADMIN_PASSWORD
# (default: random, kept in <data dir>/secrets/admin-password) for the first administrator;
# QIANSHOU_JWT_SECRET / QIANSHOU_REFRESH_SECRET (default: random, kept in <data dir>/secrets);
# QIANSHOU_SMTP_* to send e-mail (otherwise messages are written to the log, addresses masked),
# QIANSHOU_JAVA_OPTS (extra JVM options), QIANSHOU_BUILD (auto|always|never),
# DATABASE_URL / ELASTICSEARCH_URL (use external services), QIANSHOU_DATA_DIR.
set -euo pipefail
# shellcheck source=infra/lib.sh
source "$(dirname "$0")/lib.sh"
cd "$QS_REPO"

app_pid=""
cleanup() {
  local rc=$?
  # Ignore further Ctrl-C/TERM while cleaning up, so that the services are always stopped.
  trap '' INT TERM
  trap - EXIT
  if [[ -n $app_pid ]] && qs_pid_alive "$app_pid"; then
    qs_log "stopping the app (pid $app_pid)"
    qs_stop_app "$app_pid"
  fi
  if ((${#QS_STARTED[@]})); then
    qs_services_stop "${QS_STARTED[@]}"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

export PORT="${PORT:-8080}"
if qs_port_open "$PORT"; then
  qs_die "port $PORT is already in use: stop what listens there or set PORT"
fi
qs_need_cmd curl
qs_prepare_app
jar="$QS_JAR"

qs_log "starting $(basename "$jar") on port $PORT"
# shellcheck disable=SC2086 # QIANSHOU_JAVA_OPTS is a list of options
java ${QIANSHOU_JAVA_OPTS:-} -jar "$jar" &
app_pid=$!
# /health is UP once PostgreSQL, Elasticsearch and every search index are ready (an index missing on a first
# start is being built from PostgreSQL meanwhile).
if ! qs_wait_http "http://127.0.0.1:$PORT/health" 300 "$app_pid"; then
  curl -sS --max-time 5 "http://127.0.0.1:$PORT/health" >&2 || true
  qs_die "the app did not report UP on /health"
fi

# Project search answers 200, finds the demo projects (when there are any) and has no change left to index.
search_ready() {
  local search health
  search="$(curl -fsS --max-time 5 "http://127.0.0.1:$PORT/api/projects/search?size=1" 2>/dev/null)" || return 1
  if ((${QIANSHOU_DEMO_PROJECTS:-0} > 0)) && [[ $search == *'"total":0,'* ]]; then
    return 1
  fi
  health="$(curl -fsS --max-time 5 "http://127.0.0.1:$PORT/health" 2>/dev/null)" || return 1
  [[ $health =~ \"projects\":\{[^}]*\"pendingChanges\":0[,}] ]]
}
qs_log "waiting for project search"
deadline=$((SECONDS + 300))
until search_ready; do
  qs_pid_alive "$app_pid" || qs_die "the app exited while waiting for project search"
  if ((SECONDS >= deadline)); then
    curl -sS --max-time 5 "http://127.0.0.1:$PORT/health" >&2 || true
    qs_die "project search did not become ready within 300 s"
  fi
  sleep 1
done
cat <<EOF

  Qianshou is running: http://localhost:$PORT
  administrator: ${QIANSHOU_ADMIN_EMAIL:-$QIANSHOU_ADMIN_PHONE}, password in $QS_DATA/secrets/admin-password
    (or your QIANSHOU_ADMIN_PASSWORD)
  data dir: $QS_DATA
  Ctrl-C stops it${QS_STARTED[*]:+ and the services this run started (${QS_STARTED[*]})}.

EOF
wait "$app_pid"
