#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Starts and stops a throwaway PostgreSQL cluster for the store conformance tests. It listens on
# 127.0.0.1 only, on the first free port from 55432 up, with trust authentication and durability
# switched off: for local test use only, never for real data. `start` prints exactly one line on
# stdout, the URL for LCN_TEST_POSTGRES_URL; everything else goes to stderr.
#
#   export LCN_TEST_POSTGRES_URL="$(scripts/pg-test-cluster.sh start /tmp/lcn-pg)"
#   ctest --test-dir build -L store
#   scripts/pg-test-cluster.sh stop /tmp/lcn-pg
#
# Usage: pg-test-cluster.sh start DIR | stop DIR | url DIR
# When run as root, the cluster runs as the `postgres` OS user (initdb refuses root) and DIR is
# made owned by it; otherwise it runs as the current user. Needs Debian's `postgresql` package
# (binaries under /usr/lib/postgresql/<version>/bin) or PG_BIN pointing at a bin directory.
set -euo pipefail

readonly kFirstPort=55432
readonly kPortAttempts=100
readonly kDatabase=lcn_test

log() { echo "pg-test-cluster: $*" >&2; }
die() {
  log "error: $*"
  exit 1
}

usage() {
  echo "usage: $0 start DIR | stop DIR | url DIR" >&2
  exit 2
}

find_bin_dir() {
  if [[ -n "${PG_BIN:-}" ]]; then
    [[ -x "${PG_BIN}/initdb" ]] || die "PG_BIN=${PG_BIN} has no initdb"
    echo "${PG_BIN}"
    return
  fi
  local dir candidate
  dir=""
  # Glob order is lexical (10 < 9); keep the highest version.
  for candidate in /usr/lib/postgresql/*/bin; do
    if [[ -x "${candidate}/initdb" ]] &&
      { [[ -z "${dir}" ]] || [[ "$(printf '%s\n%s\n' "${dir}" "${candidate}" | sort -V | tail -n 1)" == "${candidate}" ]]; }; then
      dir="${candidate}"
    fi
  done
  [[ -n "${dir}" && -x "${dir}/initdb" ]] ||
    die "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)"
  echo "${dir}"
}

# Runs a command as the cluster's OS user, from / so that an unreadable cwd does not matter.
as_owner() {
  if [[ "${EUID}" -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# The port of a running cluster in DATA (line 4 of postmaster.pid), or nothing.
running_port() {
  local data="$1"
  if as_owner "${BIN}/pg_ctl" status -D "${data}" >/dev/null 2>&1; then
    sed -n 4p "${data}/postmaster.pid"
  fi
}

url_for() { echo "postgresql://postgres@127.0.0.1:$1/${kDatabase}"; }

init_cluster() {
  local dir="$1" data="$1/data"
  mkdir -p "${dir}"
  if [[ "${EUID}" -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "the postgres OS user does not exist"
    chown postgres: "${dir}"
    runuser -u postgres -- test -w "${dir}" ||
      die "${dir} is not reachable by the postgres user (a parent directory is private?)"
  fi
  log "initdb ${data}"
  as_owner "${BIN}/initdb" -D "${data}" -U postgres -A trust -E UTF8 --locale=C -N >&2
  cat >>"${data}/postgresql.conf" <<'EOF'

# pg-test-cluster.sh: throwaway test cluster, loopback only, no durability.
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
}

start() {
  local dir="$1" data="$1/data" port
  [[ -f "${data}/PG_VERSION" ]] || init_cluster "${dir}"
  port="$(running_port "${data}")"
  if [[ -n "${port}" ]]; then
    log "already running on port ${port}"
  else
    local attempt started=""
    for ((attempt = 0; attempt < kPortAttempts; ++attempt)); do
      port=$((kFirstPort + attempt))
      port_in_use "${port}" && continue
      log "starting on 127.0.0.1:${port} (log: ${dir}/postgres.log)"
      if as_owner "${BIN}/pg_ctl" start -D "${data}" -l "${dir}/postgres.log" -w -t 60 \
        -o "-p ${port}" >&2; then
        started=1
        break
      fi
      log "could not start on port ${port}; trying the next one"
    done
    [[ -n "${started}" ]] || die "no free port in ${kFirstPort}..$((kFirstPort + kPortAttempts - 1))"
  fi
  if ! "${BIN}/psql" -X -h 127.0.0.1 -p "${port}" -U postgres -d postgres -Atq \
    -c "SELECT 1 FROM pg_database WHERE datname = '${kDatabase}'" | grep -q 1; then
    "${BIN}/createdb" -h 127.0.0.1 -p "${port}" -U postgres "${kDatabase}" >&2
  fi
  url_for "${port}"
}

stop() {
  local data="$1/data"
  [[ -f "${data}/PG_VERSION" ]] || die "no cluster in $1"
  if [[ -z "$(running_port "${data}")" ]]; then
    log "not running"
    return
  fi
  as_owner "${BIN}/pg_ctl" stop -D "${data}" -m fast -w >&2
}

url() {
  local port
  port="$(running_port "$1/data")"
  [[ -n "${port}" ]] || die "no cluster running in $1"
  url_for "${port}"
}

[[ $# -eq 2 ]] || usage
BIN="$(find_bin_dir)"
readonly BIN
DIR="$(realpath -m -- "$2")"
case "$1" in
  start) start "${DIR}" ;;
  stop) stop "${DIR}" ;;
  url) url "${DIR}" ;;
  *) usage ;;
esac
