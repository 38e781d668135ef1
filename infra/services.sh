#!/usr/bin/env bash
# Local PostgreSQL and Elasticsearch for development and tests. See docs/infra-notes.md.
#
#   infra/services.sh start [postgres|elasticsearch ...]  start (or reuse) the servers; prints on stdout
#                                                         QIANSHOU_STARTED='<services this call started>'
#   infra/services.sh stop [postgres|elasticsearch ...]   stop them (no argument: both; an empty
#                                                         argument, as in stop "$QIANSHOU_STARTED": none)
#   infra/services.sh status                              exit 0 when every local service runs, 3 otherwise
#   infra/services.sh env                                 "export ..." lines: eval "$(infra/services.sh env)"
#   infra/services.sh createdb NAME                       drop and recreate the empty database NAME
#   infra/services.sh datadir                             print the data dir
set -euo pipefail
# shellcheck source=infra/lib.sh
source "$(dirname "$0")/lib.sh"

usage() {
  sed -n '4,11s/^# \{0,1\}//p' "$0" >&2
  exit 2
}

cmd="${1:-}"
(($#)) && shift
case "$cmd" in
  start)
    qs_services_start "$@"
    printf "QIANSHOU_STARTED='%s'\n" "${QS_STARTED[*]}"
    ;;
  stop)
    if (($#)); then
      # Names may come as one word list, e.g. infra/services.sh stop "$QIANSHOU_STARTED";
      # an empty list stops nothing.
      read -ra names <<<"$*"
      if ((${#names[@]} == 0)); then
        qs_log "nothing to stop"
        exit 0
      fi
      qs_services_stop "${names[@]}"
    else
      qs_services_stop
    fi
    ;;
  status)
    qs_init_data_dir
    rc=0
    qs_pg_status || rc=$?
    qs_es_status || rc=$?
    echo "data dir: $QS_DATA"
    exit "$rc"
    ;;
  env)
    qs_services_env
    ;;
  createdb)
    (($# == 1)) || usage
    qs_init_data_dir
    qs_pg_createdb "$1"
    ;;
  datadir)
    qs_init_data_dir
    printf '%s\n' "$QS_DATA"
    ;;
  *)
    usage
    ;;
esac
