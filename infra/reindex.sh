#!/usr/bin/env bash
# Rebuild the search index from PostgreSQL: runs "java -jar <fat jar> reindex" with the same
# environment as infra/run.sh (services started or reused; those this script started are stopped
# at the end). Exit code: the app's. PORT is passed only when set, so that a running
# infra/run.sh on 8080 is not disturbed.
set -euo pipefail
# shellcheck source=infra/lib.sh
source "$(dirname "$0")/lib.sh"
cd "$QS_REPO"

cleanup() {
  local rc=$?
  # Ignore further Ctrl-C/TERM while cleaning up, so that the services are always stopped.
  trap '' INT TERM
  trap - EXIT
  if ((${#QS_STARTED[@]})); then
    qs_services_stop "${QS_STARTED[@]}"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

qs_prepare_app
jar="$QS_JAR"

qs_log "java -jar $(basename "$jar") reindex"
# shellcheck disable=SC2086 # QIANSHOU_JAVA_OPTS is a list of options
java ${QIANSHOU_JAVA_OPTS:-} -jar "$jar" reindex
