#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Formats every tracked C++ file with clang-format (the repository's .clang-format), or with
# --check changes nothing and fails, listing the differences, when a file is not formatted
# (clang-format --dry-run --Werror). scripts/test.sh runs the check first.
# Usage: tools/format.sh [--check]
# Uses clang-format 14 (LCN_CLANG_FORMAT overrides); a different version may format differently.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=fix
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  *) echo "usage: tools/format.sh [--check]" >&2; exit 2 ;;
esac
clang_format="${LCN_CLANG_FORMAT:-$(command -v clang-format-14 || command -v clang-format || true)}"
[ -n "$clang_format" ] || { echo "format: clang-format not found (scripts/install-deps.sh)" >&2; exit 2; }

mapfile -d '' files < <(git ls-files -z -- '*.cpp' '*.hpp' '*.h' '*.cc')
if [ "$mode" = check ]; then
  if ! printf '%s\0' "${files[@]}" | xargs -0 -n 50 -P "$(nproc)" "$clang_format" --dry-run --Werror; then
    echo "format: files above are not formatted; run tools/format.sh" >&2
    exit 1
  fi
  echo "format: ${#files[@]} files formatted" >&2
else
  printf '%s\0' "${files[@]}" | xargs -0 -n 50 -P "$(nproc)" "$clang_format" -i
fi
