#!/usr/bin/env bash
# End-to-end browser tests of the web UI against a real lcn server.
#
#   tests/browser/run.sh LCN_BINARY
#
# Installs this folder's npm dependencies if missing, builds web-ui/dist if
# missing, starts `LCN_BINARY demo` on a free port with a fresh SQLite
# database, waits for /readyz, runs the *.test.mjs files with node's test
# runner in Debian's Chromium, stops the server, and exits with the tests'
# status. Set LCN_SCREENSHOT_DIR to keep the screenshots the tests take.
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

PORT=$(node -e '
  const s = require("net").createServer();
  s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')

# The server rejects LCN_* variables it does not know, so keep ours from it.
SCREENSHOT_DIR="${LCN_SCREENSHOT_DIR:-$TMP/screenshots}"
env -u LCN_SCREENSHOT_DIR -u LCN_URL \
  "$LCN_BINARY" demo --database "sqlite:$TMP/demo.db" --port "$PORT" --web-root "$WEB_ROOT" \
  >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"

show_log() { echo "---- server log (last 40 lines) ----" >&2; tail -n 40 "$TMP/server.log" >&2 || true; }

ready=0
for _ in $(seq 120); do   # 120 x 0.5 s = 60 s
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "run.sh: the server exited before it was ready" >&2
    show_log
    exit 1
  fi
  if node -e '
      fetch(process.argv[1], { signal: AbortSignal.timeout(2000) })
        .then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1));' "$BASE/readyz"; then
    ready=1
    break
  fi
  sleep 0.5
done
if [[ $ready -ne 1 ]]; then
  echo "run.sh: $BASE/readyz did not answer 200 within 60 s" >&2
  show_log
  exit 1
fi

status=0
(cd "$HERE" && LCN_URL="$BASE" LCN_SCREENSHOT_DIR="$SCREENSHOT_DIR" \
  node --test --test-concurrency=1 ./*.test.mjs) || status=$?
if [[ $status -ne 0 ]]; then show_log; fi
exit "$status"
