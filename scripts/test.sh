#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run): the checks the build enforces, C++ unit and
# integration tests under AddressSanitizer and UndefinedBehaviorSanitizer, the storage suite on
# SQLite and on a throwaway PostgreSQL 15 cluster, the concurrency tests under ThreadSanitizer,
# and the browser tests in Chromium against a real lcn. Installs what is missing first.
# Steps (docs/testing.md): format check; web UI lint (ESLint, Prettier, tsc) and unit tests
# (Vitest); tidy on changed files; debug build (ASan+UBSan, the
# tests); release build (the binary the README starts: warnings as errors at -O2, where GCC warns
# of more); TSan build of the `concurrency` test executables only; ctest on the debug build (with
# the layering and thread-safety checks); ctest -L concurrency on the TSan build; browser tests
# on the release binary. Prints each step's duration. Exit status is non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."

# Sanitizer options for anything that does not take them from CTest or the presets.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:halt_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"

timings=()
started_all=$SECONDS
step_start=$SECONDS
step() {  # step NAME: records the previous step's duration, announces the next
  echo "test: == $1" >&2
  step_start=$SECONDS
}
done_step() {
  timings+=("$(printf '%-34s %4ss' "$1" $((SECONDS - step_start)))")
}

step "install dependencies"
scripts/install-deps.sh
done_step "install dependencies"

step "format check"
tools/format.sh --check
done_step "format check (clang-format)"

step "web UI lint and unit tests"
(cd web-ui && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } &&
  npm run lint --silent && npm test --silent)
done_step "web UI lint + unit tests"

step "tidy on changed files"
cmake --preset debug >/dev/null
tools/tidy.sh -p build/debug --changed
done_step "tidy (changed files)"

step "debug build (ASan+UBSan)"
scripts/build.sh debug
done_step "debug build (ASan+UBSan)"

step "release build"
scripts/build.sh release
done_step "release build"

step "TSan build (concurrency tests)"
cmake --preset tsan >/dev/null
cmake --build --preset tsan -j "$(nproc)"
done_step "TSan build (concurrency tests)"

pg_dir="$(mktemp -d /tmp/lcn-pg.XXXXXX)"
chmod 755 "$pg_dir"
cleanup() { scripts/pg-test-cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap cleanup EXIT
LCN_TEST_POSTGRES_URL="$(scripts/pg-test-cluster.sh start "$pg_dir")"
export LCN_TEST_POSTGRES_URL
echo "test: PostgreSQL at $LCN_TEST_POSTGRES_URL" >&2

status=0
step "ctest (debug, ASan+UBSan)"
ctest --preset debug -j "$(nproc)" || status=1
done_step "ctest, all (ASan+UBSan)"

step "ctest -L concurrency (TSan)"
ctest --preset tsan -j "$(nproc)" || status=1
done_step "ctest -L concurrency (TSan)"

step "browser tests"
tests/browser/run.sh build/release/src/app/lcn || status=1
done_step "browser tests (release)"

echo "test: durations" >&2
printf '  %s\n' "${timings[@]}" >&2
echo "  total                              $((SECONDS - started_all))s" >&2
if [ "$status" -ne 0 ]; then
  echo "test: FAILED" >&2
fi
exit "$status"
