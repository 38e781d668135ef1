# shellcheck shell=bash
# Helpers shared by the infra scripts. Source it; it defines functions and variables only.
#
# Local services (see docs/architecture.md):
#   PostgreSQL    127.0.0.1:55432, database/user "qianshou", scram password kept in the data dir
#   Elasticsearch http://127.0.0.1:59200 (transport 59300), cluster "qianshou-local"
# When DATABASE_URL / ELASTICSEARCH_URL are set, the matching service is external and never started.
#
# Data dir: $QIANSHOU_DATA_DIR, else <repo>/.data, else (root, and the service user cannot reach the
# repository) /var/lib/qianshou/<hash of the repo path>. QIANSHOU_DATA_SUFFIX (e.g. -faults) names a second set's
# default beside it: <repo>/.data-faults, or /var/lib/qianshou/<hash>-faults. As root the servers run as the system user
# "qianshou" (PostgreSQL and Elasticsearch both refuse to run as root); otherwise as the current user.

QS_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
QS_SVC_USER=qianshou
# Ports: QIANSHOU_PG_PORT, QIANSHOU_ES_PORT and QIANSHOU_ES_TRANSPORT_PORT run a second set of servers beside the
# usual ones (with their own QIANSHOU_DATA_DIR), as bench/faults.sh does.
QS_PG_PORT="${QIANSHOU_PG_PORT:-55432}"
QS_PG_DB=qianshou
QS_PG_USER=qianshou
QS_ES_VERSION=8.19.8
QS_ES_PORT="${QIANSHOU_ES_PORT:-59200}"
QS_ES_TRANSPORT_PORT="${QIANSHOU_ES_TRANSPORT_PORT:-59300}"
QS_ES_HEALTH_TIMEOUT="${QIANSHOU_ES_TIMEOUT:-120}"
QS_ES_JAVA_OPTS="${QIANSHOU_ES_JAVA_OPTS:--Xms512m -Xmx512m}"
QS_STARTED=()      # services started by this process (postgres, elasticsearch)
QS_APT_UPDATED=""
QS_DATA=""

qs_log() { printf '[infra] %s\n' "$*" >&2; }
qs_die() {
  printf '[infra] ERROR: %s\n' "$*" >&2
  exit 1
}
qs_section() { printf '\n== %s ==\n' "$*"; }
qs_is_root() { [[ $(id -u) -eq 0 ]]; }

# Random hex string of $1 bytes (default 24), from /dev/urandom (no openssl needed).
qs_random_hex() { od -An -tx1 -N"${1:-24}" /dev/urandom | tr -d ' \n'; }

# apt-get install, running "apt-get update" once per process. Waits for a dpkg lock held by others.
qs_apt_install() {
  qs_is_root || qs_die "need to install $* but not root: install it (apt-get install -y $*) and retry"
  command -v apt-get >/dev/null || qs_die "need to install $* but apt-get is missing"
  local apt=(apt-get -o DPkg::Lock::Timeout=600 -q)
  if [[ -z $QS_APT_UPDATED ]]; then
    qs_log "apt-get update"
    DEBIAN_FRONTEND=noninteractive "${apt[@]}" update >&2 || qs_die "apt-get update failed"
    QS_APT_UPDATED=1
  fi
  qs_log "apt-get install -y $*"
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y --no-install-recommends "$@" >&2 ||
    qs_die "apt-get install $* failed"
}

# qs_need_cmd COMMAND [PACKAGE]: install PACKAGE (default COMMAND) when COMMAND is missing.
qs_need_cmd() {
  command -v "$1" >/dev/null 2>&1 || qs_apt_install "${2:-$1}"
}

# The CJK TrueType font embedded in volunteer certificates (PDF): Debian's fonts-wqy-microhei (WenQuanYi Micro
# Hei, Apache-2.0; see THIRD-PARTY-NOTICES.md), unless QIANSHOU_CERTIFICATE_FONT names another .ttf/.ttc file.
# Keep the paths in step with CertificateFont.CANDIDATES.
QS_CJK_FONTS=(/usr/share/fonts/truetype/wqy/wqy-microhei.ttc /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf)
qs_ensure_cjk_font() {
  local f
  if [[ -n ${QIANSHOU_CERTIFICATE_FONT:-} ]]; then
    [[ -r $QIANSHOU_CERTIFICATE_FONT ]] || qs_die "QIANSHOU_CERTIFICATE_FONT=$QIANSHOU_CERTIFICATE_FONT cannot be read"
    return 0
  fi
  for f in "${QS_CJK_FONTS[@]}"; do
    [[ -r $f ]] && return 0
  done
  if qs_is_root; then
    qs_apt_install fonts-wqy-microhei
  else
    qs_die "no CJK font for certificates: install it (apt-get install -y fonts-wqy-microhei) or set QIANSHOU_CERTIFICATE_FONT"
  fi
}

# qs_stop_app PID: stops the app gracefully (TERM, up to 30 s), then for good (KILL).
qs_stop_app() {
  local pid="$1" i
  qs_pid_alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do
    qs_pid_alive "$pid" || return 0
    sleep 0.5
  done
  kill -KILL "$pid" 2>/dev/null || true
}

# qs_prepare_app: what run.sh and reindex.sh share: builds if needed, starts (or reuses) the
# services, exports their environment, the demo-data size and the admin token; sets QS_JAR.
qs_prepare_app() {
  qs_init_data_dir
  qs_ensure_cjk_font
  qs_build_if_needed
  # shellcheck disable=SC2034 # read by the scripts that source this file
  QS_JAR="$(qs_find_jar)"
  qs_services_start postgres elasticsearch
  eval "$(qs_services_env)"
  export QIANSHOU_DEMO_PROJECTS="${QIANSHOU_DEMO_PROJECTS:-500}"
  qs_export_app_secrets
}

# qs_export_app_secrets: the signing keys and the first administrator, from the environment or
# else generated once into <data dir>/secrets (never a default password); documents in the data dir.
qs_export_app_secrets() {
  QIANSHOU_JWT_SECRET="$(qs_secret jwt-secret QIANSHOU_JWT_SECRET)"
  QIANSHOU_REFRESH_SECRET="$(qs_secret refresh-secret QIANSHOU_REFRESH_SECRET)"
  QIANSHOU_ADMIN_PASSWORD="$(qs_secret admin-password QIANSHOU_ADMIN_PASSWORD)"
  export QIANSHOU_JWT_SECRET QIANSHOU_REFRESH_SECRET QIANSHOU_ADMIN_PASSWORD
  if [[ -z ${QIANSHOU_ADMIN_PHONE:-} ]]; then
    export QIANSHOU_ADMIN_EMAIL="${QIANSHOU_ADMIN_EMAIL:-admin@qianshou.local}"
  fi
  export QIANSHOU_DOCUMENTS_DIR="${QIANSHOU_DOCUMENTS_DIR:-$QS_DATA/documents}"
  export QIANSHOU_PUBLIC_URL="${QIANSHOU_PUBLIC_URL:-http://localhost:${PORT:-8080}}"
}

# qs_find_chromium: prints the browser for the journeys: $CHROMIUM_PATH when set, else the first of
# Debian's chromium, chromium-browser, google-chrome found on the PATH. Fails when there is none.
qs_find_chromium() {
  if [[ -n ${CHROMIUM_PATH:-} ]]; then
    [[ -x $CHROMIUM_PATH ]] || qs_die "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable"
    printf '%s\n' "$CHROMIUM_PATH"
    return 0
  fi
  local c
  for c in /usr/bin/chromium chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$c" >/dev/null 2>&1; then
      command -v "$c"
      return 0
    fi
  done
  return 1
}

qs_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A process exists and is not a zombie waiting to be reaped.
qs_pid_alive() {
  [[ -n ${1:-} && $1 =~ ^[0-9]+$ ]] && kill -0 "$1" 2>/dev/null || return 1
  local state
  state="$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$1/status" 2>/dev/null)"
  [[ $state != Z ]]
}

# Ensure the system user that runs the servers exists (root only).
qs_ensure_user() {
  qs_is_root || return 0
  id -u "$QS_SVC_USER" >/dev/null 2>&1 && return 0
  qs_log "creating system user $QS_SVC_USER"
  useradd --system --user-group --home-dir /var/lib/qianshou --no-create-home \
    --shell /usr/sbin/nologin "$QS_SVC_USER" 2>/dev/null || id -u "$QS_SVC_USER" >/dev/null 2>&1 ||
    qs_die "could not create user $QS_SVC_USER"
}

# Run a command as the service user (root), or as ourselves (not root). Keeps the environment.
qs_as_svc() {
  if qs_is_root; then
    runuser -u "$QS_SVC_USER" -- "$@"
  else
    "$@"
  fi
}

# Like qs_as_svc, in a new session, so a Ctrl-C in the terminal does not reach the servers:
# they are stopped by the scripts, gracefully.
qs_as_svc_detached() {
  if qs_is_root; then
    setsid -w runuser -u "$QS_SVC_USER" -- "$@"
  else
    setsid -w "$@"
  fi
}

qs_svc_can_traverse() { runuser -u "$QS_SVC_USER" -- test -x "$1" 2>/dev/null; }

# Resolve and create the data dir; sets QS_DATA and the paths below it.
# qs_use_data_set SUFFIX [DIR]: the data dir of a second set of servers beside the usual ones (bench/faults.sh: -faults,
# bench/scale.sh: -bench): DIR when it is given and not empty, else the usual choice with SUFFIX (<repo>/.data-faults,
# or /var/lib/qianshou/<hash>-faults as root when the service user cannot reach the repository). Call it before the
# data dir is first used; it is exported for the scripts these call.
qs_use_data_set() {
  if [[ -n ${2:-} ]]; then
    export QIANSHOU_DATA_DIR="$2"
  else
    unset QIANSHOU_DATA_DIR
    export QIANSHOU_DATA_SUFFIX="$1"
  fi
  QS_DATA=""
}

qs_init_data_dir() {
  [[ -n $QS_DATA ]] && return 0
  qs_ensure_user
  local dir
  local suffix="${QIANSHOU_DATA_SUFFIX:-}"
  if [[ -n ${QIANSHOU_DATA_DIR:-} ]]; then
    dir="$(realpath -m "$QIANSHOU_DATA_DIR")"
  elif ! qs_is_root || qs_svc_can_traverse "$QS_REPO"; then
    dir="$QS_REPO/.data$suffix"
  else
    dir="/var/lib/qianshou/$(printf '%s' "$QS_REPO" | sha256sum | cut -c1-12)$suffix"
    if [[ ! -d $dir ]]; then
      qs_log "user $QS_SVC_USER cannot reach $QS_REPO; data dir is $dir"
    fi
    mkdir -p /var/lib/qianshou
    chown "$QS_SVC_USER:$QS_SVC_USER" /var/lib/qianshou
    chmod 755 /var/lib/qianshou
  fi
  mkdir -p "$dir"/{logs,run,secrets,downloads}
  if [[ $dir != "$QS_REPO/.data$suffix" ]]; then
    printf '%s\n' "$QS_REPO" >"$dir/REPOSITORY"
  fi
  chmod 750 "$dir"
  chmod 700 "$dir/secrets"
  if qs_is_root; then
    chown "$QS_SVC_USER:$QS_SVC_USER" "$dir" "$dir"/{logs,run,secrets,downloads}
    qs_svc_can_traverse "$dir" ||
      qs_die "user $QS_SVC_USER cannot reach data dir $dir (a parent directory is not traversable); set QIANSHOU_DATA_DIR"
  fi
  QS_DATA="$dir"
  QS_PGDATA="$QS_DATA/pg"
  QS_PG_PASSFILE="$QS_DATA/secrets/pg-password"
  QS_ES_HOME="$QS_DATA/es-home"
  QS_ES_DATA="$QS_DATA/es"
  QS_ES_LOGS="$QS_DATA/logs/es"
  QS_ES_PIDFILE="$QS_DATA/run/elasticsearch.pid"
}

# Serialise start/stop between concurrent invocations on the same data dir. Daemons are launched
# with "9>&-" so that they do not inherit (and keep) the lock.
qs_lock() {
  exec 9>"$QS_DATA/run/.lock"
  flock -w 900 9 || qs_die "timed out waiting for the lock $QS_DATA/run/.lock"
}
qs_unlock() { exec 9>&-; }

# External = the variable is set and does not point at the local server's port (a shell that ran
# eval "$(infra/services.sh env)" still manages the local servers).
qs_pg_external() {
  [[ -n ${DATABASE_URL:-} && ! $DATABASE_URL =~ ^(jdbc:postgresql|postgres|postgresql)://([^@/]*@)?(127\.0\.0\.1|localhost):$QS_PG_PORT/ ]]
}
qs_es_external() {
  [[ -n ${ELASTICSEARCH_URL:-} && ! $ELASTICSEARCH_URL =~ ^https?://(127\.0\.0\.1|localhost):$QS_ES_PORT/?$ ]]
}

# ---------------------------------------------------------------- PostgreSQL

# Sets QS_PG_BIN: the bin dir of the PostgreSQL that matches the cluster (or the newest >= 15).
# /usr/local/bin is ignored on purpose: it may hold unrelated stubs named pg_ctl/initdb/postgres.
qs_pg_find_bin() {
  local want="" d v best="" bestv=0
  [[ -s ${QS_PGDATA:-}/PG_VERSION ]] && want="$(cat "$QS_PGDATA/PG_VERSION")"
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x $d/postgres && -x $d/initdb && -x $d/pg_ctl ]] || continue
    v="${d#/usr/lib/postgresql/}"
    v="${v%/bin}"
    [[ $v =~ ^[0-9]+$ ]] || continue
    if [[ -n $want ]]; then
      [[ $v == "$want" ]] && best="$d" && break
    elif ((v >= 15 && v > bestv)); then
      best="$d" bestv="$v"
    fi
  done
  QS_PG_BIN="$best"
  [[ -n $best ]]
}

qs_pg_ensure_installed() {
  qs_pg_find_bin && [[ -x $QS_PG_BIN/psql && -x $QS_PG_BIN/pg_isready ]] && return 0
  if [[ -s ${QS_PGDATA:-}/PG_VERSION ]]; then
    local v
    v="$(cat "$QS_PGDATA/PG_VERSION")"
    qs_log "data dir holds a PostgreSQL $v cluster; installing postgresql-$v"
    qs_apt_install "postgresql-$v"
  else
    qs_log "no PostgreSQL server in /usr/lib/postgresql/*/bin; installing it"
    qs_apt_install postgresql
  fi
  if ! { qs_pg_find_bin && [[ -x $QS_PG_BIN/psql ]]; }; then
    qs_die "PostgreSQL 15+ not found after installing it"
  fi
}

qs_pg_password() {
  [[ -s $QS_PG_PASSFILE ]] || qs_die "no PostgreSQL password in $QS_PG_PASSFILE: run 'infra/services.sh start' first"
  cat "$QS_PG_PASSFILE"
}

# psql against the local server as user qianshou; extra arguments follow.
qs_psql() {
  local pw
  pw="$(qs_pg_password)" || exit 1
  PGPASSWORD="$pw" PGOPTIONS="-c client_min_messages=warning" PGCONNECT_TIMEOUT=10 "$QS_PG_BIN/psql" -h 127.0.0.1 -p "$QS_PG_PORT" \
    -U "$QS_PG_USER" -X -q -v ON_ERROR_STOP=1 "$@"
}

qs_pg_ready() { "$QS_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$QS_PG_PORT" -t 2 >/dev/null 2>&1; }

qs_pg_pid() {
  [[ -s $QS_PGDATA/postmaster.pid ]] || return 1
  local pid
  pid="$(head -n1 "$QS_PGDATA/postmaster.pid")"
  qs_pid_alive "$pid" || return 1
  printf '%s\n' "$pid"
}

qs_pg_init() {
  [[ -s $QS_PGDATA/PG_VERSION ]] && return 0
  qs_log "initialising PostgreSQL cluster in $QS_PGDATA"
  rm -rf "$QS_PGDATA"
  (umask 077 && qs_random_hex 24 >"$QS_PG_PASSFILE")
  qs_is_root && chown "$QS_SVC_USER:$QS_SVC_USER" "$QS_PG_PASSFILE"
  (cd "$QS_DATA" && qs_as_svc "$QS_PG_BIN/initdb" -D "$QS_PGDATA" -U "$QS_PG_USER" --pwfile="$QS_PG_PASSFILE" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$QS_DATA/logs/initdb.log" 2>&1) || {
    tail -n 20 "$QS_DATA/logs/initdb.log" >&2
    rm -rf "$QS_PGDATA"
    qs_die "initdb failed (log: $QS_DATA/logs/initdb.log)"
  }
  cat >>"$QS_PGDATA/postgresql.conf" <<EOF

# --- qianshou (infra/lib.sh): local development server, TCP on loopback only, no unix socket
listen_addresses = '127.0.0.1'
port = $QS_PG_PORT
unix_socket_directories = ''
EOF
}

# The servers' ports lie in Linux's range of automatically assigned source ports (ip_local_port_range, 32768–60999
# here): a client connecting while nothing listens on such a port can be given that very port as its source and
# connect to itself (the fault run's Elasticsearch outage saw the search client read its own request back), and the
# server restarting on it then finds it taken. Root reserves them for listening; best effort where /proc/sys is
# read-only (a container), since the servers run without it.
qs_reserve_ports() {
  qs_is_root || return 0
  local f=/proc/sys/net/ipv4/ip_local_reserved_ports current p add=()
  current="$(cat "$f" 2>/dev/null)" || return 0
  for p in "$@"; do
    [[ ,$current, == *",$p,"* ]] || add+=("$p")
  done
  ((${#add[@]})) || return 0
  local IFS=,
  { echo "${current:+$current,}${add[*]}" >"$f"; } 2>/dev/null ||
    qs_log "could not reserve ports ${add[*]} against automatic source ports (ip_local_reserved_ports is read-only)"
}

qs_pg_start() {
  if qs_pg_external; then
    qs_log "postgres: DATABASE_URL is set, not starting a local server"
    return 0
  fi
  qs_pg_ensure_installed
  qs_pg_init
  qs_pg_find_bin || qs_die "no PostgreSQL binaries for the cluster in $QS_PGDATA"
  local pid
  if pid="$(qs_pg_pid)" && qs_pg_ready; then
    qs_log "postgres: already running (pid $pid, 127.0.0.1:$QS_PG_PORT), reusing it"
  else
    if qs_port_open "$QS_PG_PORT"; then
      qs_die "port $QS_PG_PORT is in use by a process that is not the PostgreSQL of $QS_DATA; stop it or set DATABASE_URL"
    fi
    qs_reserve_ports "$QS_PG_PORT"
    qs_log "postgres: starting $("$QS_PG_BIN/postgres" --version) (log $QS_DATA/logs/postgres.log)"
    (cd "$QS_DATA" && qs_as_svc_detached "$QS_PG_BIN/pg_ctl" -D "$QS_PGDATA" -l "$QS_DATA/logs/postgres.log" \
      -w -t 60 start >/dev/null 9>&-) || {
      tail -n 30 "$QS_DATA/logs/postgres.log" >&2 || true
      qs_die "PostgreSQL did not start (log: $QS_DATA/logs/postgres.log)"
    }
    QS_STARTED+=(postgres)
  fi
  local i
  for ((i = 0; i < 60; i++)); do
    qs_pg_ready && break
    sleep 0.5
  done
  qs_pg_ready || qs_die "PostgreSQL does not answer pg_isready on 127.0.0.1:$QS_PG_PORT"
  if [[ -z $(qs_psql -d postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = '$QS_PG_DB'") ]]; then
    qs_log "postgres: creating database $QS_PG_DB"
    qs_psql -d postgres -c "CREATE DATABASE \"$QS_PG_DB\" OWNER \"$QS_PG_USER\""
  fi
}

qs_pg_stop() {
  qs_pg_external && return 0
  qs_pg_find_bin || return 0
  local pid
  if ! pid="$(qs_pg_pid)"; then
    qs_log "postgres: not running"
    return 0
  fi
  qs_log "postgres: stopping (pid $pid)"
  (cd "$QS_DATA" && qs_as_svc "$QS_PG_BIN/pg_ctl" -D "$QS_PGDATA" -m fast -w -t 60 stop >/dev/null) ||
    qs_die "pg_ctl stop failed (log: $QS_DATA/logs/postgres.log)"
}

qs_pg_status() {
  if qs_pg_external; then
    echo "postgres: external (DATABASE_URL is set)"
    return 0
  fi
  local pid
  if qs_pg_find_bin && pid="$(qs_pg_pid)" && qs_pg_ready; then
    echo "postgres: running (pid $pid, 127.0.0.1:$QS_PG_PORT, data $QS_PGDATA)"
  else
    echo "postgres: stopped"
    return 3
  fi
}

# (Re)create an empty database NAME owned by qianshou on the local server.
qs_pg_createdb() {
  local name="$1"
  [[ $name =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || qs_die "database name must match [a-z_][a-z0-9_]*: '$name'"
  case "$name" in postgres | template0 | template1) qs_die "refusing to recreate the system database $name" ;; esac
  qs_pg_external && qs_die "createdb works on the local server only, but DATABASE_URL is set"
  if ! { qs_pg_find_bin && qs_pg_ready; }; then
    qs_die "local PostgreSQL is not running: run 'infra/services.sh start'"
  fi
  qs_log "postgres: recreating database $name"
  qs_psql -d postgres -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" \
    -c "CREATE DATABASE \"$name\" OWNER \"$QS_PG_USER\""
}

# ---------------------------------------------------------------- Elasticsearch

qs_java_home() {
  if [[ -n ${QIANSHOU_ES_JAVA_HOME:-} ]]; then
    printf '%s\n' "$QIANSHOU_ES_JAVA_HOME"
  elif [[ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]]; then
    printf '%s\n' /usr/lib/jvm/java-17-openjdk-amd64
  else
    local java
    java="$(readlink -f "$(command -v java)")" || qs_die "no java found: set QIANSHOU_ES_JAVA_HOME"
    printf '%s\n' "${java%/bin/java}"
  fi
}

qs_es_ensure_installed() {
  if [[ -x $QS_ES_HOME/bin/elasticsearch && $(cat "$QS_ES_HOME/.qianshou-version" 2>/dev/null) == "$QS_ES_VERSION" ]]; then
    return 0
  fi
  qs_need_cmd unzip
  local zip="$QS_DATA/downloads/elasticsearch-$QS_ES_VERSION.zip"
  if [[ ! -s $zip ]]; then
    qs_log "elasticsearch: fetching $QS_ES_VERSION (integ-test-zip) through Maven"
    local tmp
    tmp="$(mktemp -d)"
    # Run outside the reactor (no pom in the cwd): dependency:copy needs no project.
    (cd "$tmp" && "$QS_REPO/mvnw" -q -B dependency:copy \
      -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$QS_ES_VERSION:zip" \
      -DoutputDirectory="$QS_DATA/downloads" >&2) || {
      rm -rf "$tmp"
      qs_die "could not fetch Elasticsearch $QS_ES_VERSION through Maven"
    }
    rm -rf "$tmp"
  fi
  qs_log "elasticsearch: unpacking into $QS_ES_HOME"
  local stage="$QS_DATA/es-home.unpack"
  rm -rf "$stage" "$QS_ES_HOME"
  mkdir -p "$stage"
  unzip -q "$zip" -d "$stage" || qs_die "could not unpack $zip"
  mv "$stage/elasticsearch-$QS_ES_VERSION" "$QS_ES_HOME"
  rm -rf "$stage"
  printf '%s\n' "$QS_ES_VERSION" >"$QS_ES_HOME/.qianshou-version"
}

qs_es_configure() {
  mkdir -p "$QS_ES_DATA" "$QS_ES_LOGS" "$QS_DATA/es-tmp"
  # The integ-test-zip carries x-pack-core and x-pack-security (no other plugins): security is
  # switched off explicitly, which also skips the security auto-configuration at first start.
  cat >"$QS_ES_HOME/config/elasticsearch.yml" <<EOF
# Written by infra/lib.sh at every start; edit there.
cluster.name: qianshou-local
node.name: local
discovery.type: single-node
network.host: 127.0.0.1
http.port: $QS_ES_PORT
transport.port: $QS_ES_TRANSPORT_PORT
path.data: $QS_ES_DATA
path.logs: $QS_ES_LOGS
cluster.routing.allocation.disk.threshold_enabled: false
action.auto_create_index: false
xpack.security.enabled: false
EOF
  if qs_is_root; then
    chown -R "$QS_SVC_USER:$QS_SVC_USER" "$QS_ES_HOME" "$QS_ES_DATA" "$QS_ES_LOGS" "$QS_DATA/es-tmp"
  fi
}

qs_es_pid() {
  [[ -s $QS_ES_PIDFILE ]] || return 1
  local pid
  pid="$(tr -dc 0-9 <"$QS_ES_PIDFILE")"
  qs_pid_alive "$pid" || return 1
  # guard against a recycled pid
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$QS_ES_HOME" || return 1
  printf '%s\n' "$pid"
}

qs_es_health() {
  curl -fsS --max-time 10 "http://127.0.0.1:$QS_ES_PORT/_cluster/health?wait_for_status=yellow&timeout=5s" 2>/dev/null
}

qs_es_log_tail() {
  local f
  for f in "$QS_DATA/logs/es-launch.log" "$QS_ES_LOGS/qianshou-local.log"; do
    [[ -s $f ]] || continue
    echo "---- tail of $f" >&2
    tail -n 40 "$f" >&2
  done
}

qs_es_wait_healthy() {
  local deadline=$((SECONDS + QS_ES_HEALTH_TIMEOUT)) out
  while ((SECONDS < deadline)); do
    if out="$(qs_es_health)"; then
      qs_log "elasticsearch: up, cluster $(grep -o '"status":"[a-z]*"' <<<"$out")"
      return 0
    fi
    if ! qs_es_pid >/dev/null; then
      qs_es_log_tail
      qs_log "Elasticsearch exited while starting (logs: $QS_ES_LOGS)"
      return 1
    fi
    sleep 1
  done
  qs_es_log_tail
  qs_log "Elasticsearch not yellow/green on 127.0.0.1:$QS_ES_PORT after ${QS_ES_HEALTH_TIMEOUT}s (logs: $QS_ES_LOGS)"
  return 1
}

qs_es_start() {
  if qs_es_external; then
    qs_log "elasticsearch: ELASTICSEARCH_URL is set, not starting a local server"
    return 0
  fi
  qs_need_cmd curl
  local pid
  if pid="$(qs_es_pid)"; then
    qs_log "elasticsearch: already running (pid $pid, http://127.0.0.1:$QS_ES_PORT), reusing it"
    qs_es_wait_healthy || qs_die "the running Elasticsearch is not healthy"
    return 0
  fi
  qs_reserve_ports "$QS_ES_PORT" "$QS_ES_TRANSPORT_PORT"
  if qs_port_open "$QS_ES_PORT" || qs_port_open "$QS_ES_TRANSPORT_PORT"; then
    qs_die "port $QS_ES_PORT or $QS_ES_TRANSPORT_PORT is in use by a process that is not the Elasticsearch of $QS_DATA; stop it or set ELASTICSEARCH_URL"
  fi
  qs_es_ensure_installed
  qs_es_configure
  rm -f "$QS_ES_PIDFILE"
  local java_home
  java_home="$(qs_java_home)"
  local as_user
  as_user="$(id -un)"
  qs_is_root && as_user="$QS_SVC_USER"
  qs_log "elasticsearch: starting $QS_ES_VERSION as $as_user (ES_JAVA_HOME=$java_home, logs $QS_ES_LOGS)"
  # The JVM writes gc.log into its working directory: start it in the log dir.
  (cd "$QS_ES_LOGS" && qs_as_svc_detached env -u JAVA_HOME -u JAVA_TOOL_OPTIONS -u _JAVA_OPTIONS \
    ES_JAVA_HOME="$java_home" ES_JAVA_OPTS="$QS_ES_JAVA_OPTS" ES_TMPDIR="$QS_DATA/es-tmp" \
    "$QS_ES_HOME/bin/elasticsearch" -d -p "$QS_ES_PIDFILE" </dev/null >"$QS_DATA/logs/es-launch.log" 2>&1 9>&-) || {
    qs_es_log_tail
    qs_die "Elasticsearch did not start (logs: $QS_ES_LOGS)"
  }
  if ! qs_es_wait_healthy; then
    qs_es_stop
    qs_die "Elasticsearch did not become healthy; stopped it"
  fi
  QS_STARTED+=(elasticsearch)
}

qs_es_stop() {
  qs_es_external && return 0
  local pid i
  if ! pid="$(qs_es_pid)"; then
    qs_log "elasticsearch: not running"
    return 0
  fi
  qs_log "elasticsearch: stopping (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 120; i++)); do
    qs_pid_alive "$pid" || break
    sleep 0.5
  done
  if qs_pid_alive "$pid"; then
    qs_log "elasticsearch: still running after 60 s, killing it"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$QS_ES_PIDFILE"
}

qs_es_status() {
  if qs_es_external; then
    echo "elasticsearch: external (ELASTICSEARCH_URL is set)"
    return 0
  fi
  local pid
  if pid="$(qs_es_pid)" && qs_port_open "$QS_ES_PORT"; then
    echo "elasticsearch: running (pid $pid, http://127.0.0.1:$QS_ES_PORT, data $QS_ES_DATA)"
  else
    echo "elasticsearch: stopped"
    return 3
  fi
}

# Delete every index whose name starts with PREFIX- on the local server (action.destructive_requires_name
# forbids wildcards in DELETE, so the names are listed first). Used to give test runs a clean index.
qs_es_delete_indices() {
  local prefix="$1" names
  qs_es_external && return 0
  names="$(curl -fsS "http://127.0.0.1:$QS_ES_PORT/_cat/indices/${prefix}-*?h=index&expand_wildcards=all" 2>/dev/null | tr -d ' ' | paste -sd, -)" || return 0
  [[ -z $names ]] && return 0
  qs_log "elasticsearch: deleting indices $names"
  curl -fsS -X DELETE "http://127.0.0.1:$QS_ES_PORT/$names" >/dev/null || qs_die "could not delete indices $names"
}

# ---------------------------------------------------------------- both

# qs_normalise_names [NAME...]: prints canonical service names (default: both).
qs_normalise_names() {
  local n
  (($# == 0)) && set -- postgres elasticsearch
  for n in "$@"; do
    case "$n" in
      postgres | postgresql | pg) echo postgres ;;
      elasticsearch | es) echo elasticsearch ;;
      *) qs_die "unknown service '$n' (expected postgres or elasticsearch)" ;;
    esac
  done
}

qs_services_start() {
  local names n
  names="$(qs_normalise_names "$@")"
  qs_init_data_dir
  qs_lock
  for n in $names; do
    case "$n" in
      postgres) qs_pg_start ;;
      elasticsearch) qs_es_start ;;
    esac
  done
  qs_unlock
}

qs_services_stop() {
  local names n
  names="$(qs_normalise_names "$@")"
  qs_init_data_dir
  qs_lock
  for n in $names; do
    case "$n" in
      postgres) qs_pg_stop ;;
      elasticsearch) qs_es_stop ;;
    esac
  done
  qs_unlock
}

# Print "export" lines for the local servers (none for a service given by the environment).
qs_services_env() {
  qs_init_data_dir
  local pw
  if qs_pg_external; then
    echo "# DATABASE_URL is set in the environment: PostgreSQL is external"
  else
    pw="$(qs_pg_password)" || exit 1
    printf 'export DATABASE_URL=%q\n' "jdbc:postgresql://127.0.0.1:$QS_PG_PORT/$QS_PG_DB"
    printf 'export DATABASE_USER=%q\n' "$QS_PG_USER"
    printf 'export DATABASE_PASSWORD=%q\n' "$pw"
  fi
  if qs_es_external; then
    echo "# ELASTICSEARCH_URL is set in the environment: Elasticsearch is external"
  else
    printf 'export ELASTICSEARCH_URL=%q\n' "http://127.0.0.1:$QS_ES_PORT"
  fi
}

# ---------------------------------------------------------------- the application

# Build unless the fat jar is newer than every file git knows (tracked or untracked, not ignored).
# QIANSHOU_BUILD=always|never overrides.
qs_build_if_needed() {
  local jar="" mode="${QIANSHOU_BUILD:-auto}" stale=1 f
  jar="$(qs_find_jar 2>/dev/null)" || jar=""
  if [[ $mode == never ]]; then
    [[ -n $jar ]] || qs_die "QIANSHOU_BUILD=never but no fat jar in backend/target"
    return 0
  fi
  if [[ $mode == auto && -n $jar ]] && git -C "$QS_REPO" rev-parse --git-dir >/dev/null 2>&1; then
    stale=0
    while IFS= read -r -d '' f; do
      if [[ -f $QS_REPO/$f && $QS_REPO/$f -nt $jar ]]; then
        stale=1
        break
      fi
    done < <(git -C "$QS_REPO" ls-files -z -co --exclude-standard)
  fi
  if ((stale)); then
    qs_log "building: ./mvnw -B -q -DskipTests package"
    (cd "$QS_REPO" && ./mvnw -B -q -DskipTests package) || qs_die "build failed"
  else
    qs_log "fat jar is newer than the sources, not rebuilding ($jar)"
  fi
}

qs_find_jar() {
  local jar
  jar="$(find "$QS_REPO/backend/target" -maxdepth 1 -type f -name 'qianshou-backend-*-all.jar' \
    ! -name '*-sources*' ! -name '*original*' -printf '%T@ %p\n' 2>/dev/null | sort -rn | head -n1 | cut -d' ' -f2-)"
  [[ -n $jar ]] || qs_die "no fat jar backend/target/qianshou-backend-*-all.jar: build with ./mvnw -B -DskipTests package"
  printf '%s\n' "$jar"
}

# qs_secret FILE VAR: the value of $VAR when set, else the one kept in <data dir>/secrets/FILE
# (random, created once, readable by root only).
qs_secret() {
  local file="$1" var="$2"
  if [[ -n ${!var:-} ]]; then
    printf '%s\n' "${!var}"
    return 0
  fi
  local f="$QS_DATA/secrets/$file"
  if [[ ! -s $f ]]; then
    (umask 077 && qs_random_hex 32 >"$f")
  fi
  cat "$f"
}

# qs_wait_http URL SECONDS PID: wait until URL answers 2xx; fail early when PID dies.
qs_wait_http() {
  local url="$1" timeout="$2" pid="${3:-}" deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    curl -fsS --max-time 5 "$url" >/dev/null 2>&1 && return 0
    if [[ -n $pid ]] && ! qs_pid_alive "$pid"; then
      qs_log "process $pid exited while waiting for $url"
      return 1
    fi
    sleep 1
  done
  qs_log "no answer from $url after ${timeout}s"
  return 1
}
