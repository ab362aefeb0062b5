#!/usr/bin/env bash
# The whole test suite: C++ unit and integration tests, the storage suite on SQLite and on a
# throwaway PostgreSQL 15 cluster, and the browser tests in Chromium against a real lcn.
# Installs what is missing first. The browser tests drive the release build, the binary the
# README starts (it builds with warnings as errors at -O2, where GCC warns of more than in a
# debug build). Exit status is non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh debug
scripts/build.sh release

pg_dir="$(mktemp -d /tmp/lcn-pg.XXXXXX)"
chmod 755 "$pg_dir"
cleanup() { scripts/pg-test-cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap cleanup EXIT
LCN_TEST_POSTGRES_URL="$(scripts/pg-test-cluster.sh start "$pg_dir")"
export LCN_TEST_POSTGRES_URL
echo "test: PostgreSQL at $LCN_TEST_POSTGRES_URL" >&2

status=0
ctest --test-dir build/debug --output-on-failure -j "$(nproc)" || status=1
tests/browser/run.sh build/release/src/app/lcn || status=1
if [ "$status" -ne 0 ]; then
  echo "test: FAILED" >&2
fi
exit "$status"
