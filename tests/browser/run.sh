#!/usr/bin/env bash
# End-to-end browser tests of the web UI against a real lcn server.
#
#   tests/browser/run.sh LCN_BINARY
#
# Installs this folder's npm dependencies if missing, builds web-ui/dist if
# missing, starts `LCN_BINARY demo` on a free port with a fresh SQLite
# database, waits for /readyz, runs the *.test.mjs files with node's test
# runner in Debian's Chromium, stops the server, and exits with the tests'
# status. Between loading the demo and the tests it imports the synthetic
# extract in fixtures/extract with `lcn import`. Set LCN_SCREENSHOT_DIR to keep
# the screenshots the tests take. Set LCN_TEST_FILES to run some files only,
# e.g. LCN_TEST_FILES="enrolment.test.mjs tasks.test.mjs" (names in this folder).
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 LCN_BINARY" >&2
  exit 2
fi
LCN_BINARY=$(realpath "$1")
[[ -x "$LCN_BINARY" ]] || { echo "run.sh: not an executable: $1" >&2; exit 2; }

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
WEB_ROOT="$REPO/web-ui/dist"

if [[ ! -d "$HERE/node_modules/playwright-core" ]]; then
  (cd "$HERE" && npm ci --no-audit --no-fund)
fi
if [[ ! -f "$WEB_ROOT/index.html" ]]; then
  (cd "$REPO/web-ui" && npm ci --no-audit --no-fund && npm run build)
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/lcn-browser.XXXXXX")
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  node -e '
    const s = require("net").createServer();
    s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# The server rejects LCN_* variables it does not know, so keep ours from it.
SCREENSHOT_DIR="${LCN_SCREENSHOT_DIR:-$TMP/screenshots}"
DATABASE="sqlite:$TMP/demo.db"
# env execs lcn, so $! after `lcn_env ... &` is the server's own pid.
lcn_env=(env -u LCN_SCREENSHOT_DIR -u LCN_URL -u LCN_TEST_FILES "$LCN_BINARY")
read -r -a TEST_FILES <<<"${LCN_TEST_FILES:-}"
if [[ ${#TEST_FILES[@]} -eq 0 ]]; then
  TEST_FILES=("$HERE"/*.test.mjs)
  TEST_FILES=("${TEST_FILES[@]##*/}")
fi
for file in "${TEST_FILES[@]}"; do
  [[ -f "$HERE/$file" ]] || { echo "run.sh: no test file $file in $HERE" >&2; exit 2; }
done

show_log() { echo "---- server log (last 40 lines) ----" >&2; tail -n 40 "$TMP/server.log" >&2 || true; }

# Starts `lcn demo` on a free port (loading the demo into an empty database,
# or serving the database as it is) and waits for /readyz.
start_server() {
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  "${lcn_env[@]}" demo --database "$DATABASE" --port "$PORT" --web-root "$WEB_ROOT" >>"$TMP/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 120); do   # 120 x 0.5 s = 60 s
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "run.sh: the server exited before it was ready" >&2
      show_log
      exit 1
    fi
    if node -e '
        fetch(process.argv[1], { signal: AbortSignal.timeout(2000) })
          .then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1));' "$BASE/readyz"; then
      return 0
    fi
    sleep 0.5
  done
  echo "run.sh: $BASE/readyz did not answer 200 within 60 s" >&2
  show_log
  exit 1
}

stop_server() {
  kill "$SERVER_PID"
  wait "$SERVER_PID" || true
  SERVER_PID=""
}

# Load the demo, then import the fixture extract (clinical data for people at
# demo practices; see fixtures/README.md) with the server stopped, so that
# case finding loads it when the server starts again. --partial: the demo's
# own people at those practices stay registered.
start_server
stop_server
node "$HERE/fixtures/shift-dates.mjs" "$HERE/fixtures/extract" "$TMP/extract"
"${lcn_env[@]}" --database "$DATABASE" import --partial "$TMP/extract"
start_server

status=0
(cd "$HERE" && LCN_URL="$BASE" LCN_SCREENSHOT_DIR="$SCREENSHOT_DIR" \
  node --test --test-concurrency=1 "${TEST_FILES[@]}") || status=$?
if [[ $status -ne 0 ]]; then show_log; fi
exit "$status"
