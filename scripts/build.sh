#!/usr/bin/env bash
# Builds the web UI (npm, Vite) and then lcn with CMake, embedding the UI in the binary.
# Usage: scripts/build.sh [release|debug|asan]   (default release; build folder build/<kind>)
# The kinds are the configure presets of CMakePresets.json: release is RelWithDebInfo without the
# tests; debug is the test build, under AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-release}"
case "$kind" in
  release | debug | asan) ;;
  *) echo "build.sh: unknown build kind '$kind' (release, debug or asan)" >&2; exit 2 ;;
esac

if [ ! -f web-ui/dist/index.html ] || [ -n "$(find web-ui/src web-ui/index.html web-ui/package.json web-ui/openapi.json web-ui/scripts -newer web-ui/dist/index.html 2>/dev/null | head -1)" ]; then
  echo "build: web UI" >&2
  (cd web-ui && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } && npm run build --silent) >&2
fi

echo "build: lcn (preset $kind)" >&2
cmake --preset "$kind" >/dev/null
cmake --build --preset "$kind" -j "$(nproc)"
