#!/usr/bin/env bash
# Builds the web UI (npm, Vite) and then lcn with CMake, embedding the UI in the binary.
# Usage: scripts/build.sh [release|debug]   (default release; build folder build/<kind>)
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-release}"
case "$kind" in
  release) build_type=RelWithDebInfo; tests=OFF ;;
  debug) build_type=Debug; tests=ON ;;
  *) echo "build.sh: unknown build kind '$kind' (release or debug)" >&2; exit 2 ;;
esac

if [ ! -f web-ui/dist/index.html ] || [ -n "$(find web-ui/src web-ui/index.html web-ui/package.json -newer web-ui/dist/index.html 2>/dev/null | head -1)" ]; then
  echo "build: web UI" >&2
  (cd web-ui && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } && npm run build --silent) >&2
fi

echo "build: lcn ($build_type)" >&2
cmake -S . -B "build/$kind" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DLCN_BUILD_TESTS="$tests" >/dev/null
cmake --build "build/$kind" -j "$(nproc)"
