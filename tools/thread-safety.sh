#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Checks the thread-safety annotations (src/core/thread_annotations.hpp): compiles the translation
# units that hold annotated shared state with clang++ -Wthread-safety -Werror -fsyntax-only, using
# each file's include paths and defines from a CMake build's compile_commands.json (GCC's warning
# flags are dropped; clang's own defaults stay on). Run by ctest as `thread_safety`.
#
# Usage: tools/thread-safety.sh BUILD_DIR [FILE...]
#   FILE defaults to the annotated units below (paths relative to the repository root). With
#   LCN_EXPECT_FAILURE=1 it inverts: it passes only if every FILE fails to compile (for the
#   negative test, a fixture with a deliberate unguarded write).
# Exit status 77 when clang++ is missing (ctest reports the test as skipped).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:?usage: tools/thread-safety.sh BUILD_DIR [FILE...]}"
shift
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=(
    src/findings/findings_service.cpp
    src/sql/postgres/postgres_database.cpp
    src/sql/sqlite/sqlite_database.cpp
  )
fi
clang="${LCN_CLANGXX:-$(command -v clang++ || command -v clang++-14 || true)}"
if [ -z "$clang" ]; then
  echo "thread-safety: clang++ not found (scripts/install-deps.sh installs it)" >&2
  exit 77
fi
db="$build/compile_commands.json"
[ -f "$db" ] || { echo "thread-safety: no $db (configure the build first)" >&2; exit 2; }

# The flags of one file in compile_commands.json that matter for parsing: -I, -isystem, -D, -std.
flags_of() {
  local line
  line="$(grep -F "\"command\": " "$db" | grep -F -- " -c $1\"" | head -n 1 || true)"
  if [ -z "$line" ]; then
    # Not a target source (a fixture): take the flags of the first file of src/core.
    line="$(grep -F "\"command\": " "$db" | grep -F -- " -c $root/src/core/" | head -n 1)"
  fi
  line="${line#*\"command\": \"}"
  line="${line%\",}"
  local word keep=()
  local next_is_arg=""
  for word in $line; do
    if [ -n "$next_is_arg" ]; then
      keep+=("$word")
      next_is_arg=""
      continue
    fi
    case "$word" in
      -I | -isystem | -D) keep+=("$word"); next_is_arg=1 ;;
      -I* | -isystem* | -D* | -std=*) keep+=("$word") ;;
    esac
  done
  printf '%s\n' "${keep[@]}"
}

failed=0
for f in "${files[@]}"; do
  abs="$f"
  [[ "$abs" = /* ]] || abs="$root/$f"
  mapfile -t flags < <(flags_of "$abs")
  if "$clang" -fsyntax-only -Wthread-safety -Wthread-safety-beta -Werror "${flags[@]}" "$abs"; then
    result=ok
  else
    result=failed
  fi
  if [ "${LCN_EXPECT_FAILURE:-0}" = 1 ]; then
    if [ "$result" = ok ]; then
      echo "thread-safety: $f compiled, but it must fail" >&2
      failed=1
    else
      echo "thread-safety: $f fails as it must" >&2
    fi
  elif [ "$result" = failed ]; then
    failed=1
  else
    echo "thread-safety: $f ok" >&2
  fi
done
exit "$failed"
