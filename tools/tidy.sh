#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Runs clang-tidy (the repository's .clang-tidy: naming and bug-prone code are errors) with the
# flags of a CMake build's compile_commands.json.
#
#   tools/tidy.sh [-p BUILD_DIR] --changed   the C++ files changed since the base commit (CI)
#   tools/tidy.sh [-p BUILD_DIR] --all       every translation unit of the build
#   tools/tidy.sh [-p BUILD_DIR] FILE...     these files
#
# "Changed" means: differing between the commit named in .tidy-base (or LCN_TIDY_BASE) and the
# working tree, plus untracked files. Every file changed since the base must be tidy-clean; the
# files before it are not all clean yet. On a clean clone that is exactly what the branch or
# commits since the base touched. If the base commit is not in the clone (a shallow clone), the
# files of the last commit are checked instead, with a warning. Move .tidy-base forward only
# when every file changed since the new base is clean (it keeps CI's tidy step short).
# A changed .cpp is checked as a translation unit; a changed header is checked through one
# translation unit that includes it, with diagnostics limited to the changed headers.
# BUILD_DIR defaults to build/debug. Exit status non-zero on any diagnostic.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
build=build/debug
if [ "${1:-}" = -p ]; then
  build="$2"
  shift 2
fi
mode="${1:---changed}"
tidy="${LCN_CLANG_TIDY:-$(command -v clang-tidy-14 || command -v clang-tidy || true)}"
[ -n "$tidy" ] || { echo "tidy: clang-tidy not found (scripts/install-deps.sh)" >&2; exit 2; }
db="$build/compile_commands.json"
[ -f "$db" ] || { echo "tidy: no $db (configure the build first)" >&2; exit 2; }

# Translation units of the build, repository-relative.
mapfile -t units < <(grep -o '"file": "[^"]*"' "$db" | sed -e 's/^"file": "//' -e 's/"$//' \
  -e "s|^$root/||" | grep -v '^/' | sort -u)
# A loop, not `printf | grep -q`: under pipefail, grep -q exiting at an early match made printf
# die of SIGPIPE and the file look like no unit (it was then skipped, not checked).
is_unit() {
  local unit
  for unit in "${units[@]}"; do
    [ "$unit" = "$1" ] && return 0
  done
  return 1
}

files=()
case "$mode" in
  --all) files=("${units[@]}") ;;
  --changed)
    base="${LCN_TIDY_BASE:-$(tr -d '[:space:]' < .tidy-base)}"
    if git cat-file -e "${base}^{commit}" 2>/dev/null; then
      echo "tidy: files changed since $(git log -1 --format='%h %s' "$base" | cut -c1-70)" >&2
      mapfile -t files < <({ git diff --name-only --diff-filter=ACMR "$base" --;
                             git ls-files --others --exclude-standard; } | sort -u)
    else
      echo "tidy: warning: base $base is not in this clone; checking the last commit's files" >&2
      mapfile -t files < <(git diff --name-only --diff-filter=ACMR HEAD~1 -- | sort -u)
    fi
    ;;
  -*) echo "usage: tools/tidy.sh [-p BUILD_DIR] [--changed | --all | FILE...]" >&2; exit 2 ;;
  *) files=("$@") ;;
esac

# C++ files only; fixtures of the checks are not compiled.
mapfile -t files < <(printf '%s\n' "${files[@]}" | grep -E '\.(cpp|cc|hpp|h)$' |
  grep -v '^tests/conventions/fixtures/' || true)
targets=()
headers=()
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  case "$f" in
    *.hpp | *.h)
      headers+=("$f")
      # One translation unit that includes it: its own .cpp, else the first includer.
      stem="${f%.*}"
      unit=""
      if is_unit "$stem.cpp"; then
        unit="$stem.cpp"
      else
        rooted="${f#src/}"
        rooted="${rooted#tests/}"
        for candidate in $(grep -rlF "\"$rooted\"" src tests bench --include='*.cpp' 2>/dev/null || true); do
          if is_unit "$candidate"; then unit="$candidate"; break; fi
        done
      fi
      if [ -n "$unit" ]; then targets+=("$unit"); else echo "tidy: skipped $f (no unit includes it)" >&2; fi
      ;;
    *)
      if is_unit "$f"; then targets+=("$f"); else echo "tidy: skipped $f (not in $db)" >&2; fi
      ;;
  esac
done
mapfile -t targets < <(printf '%s\n' "${targets[@]}" | sed '/^$/d' | sort -u)
if [ ${#targets[@]} -eq 0 ]; then
  echo "tidy: nothing to check" >&2
  exit 0
fi

# Diagnostics in headers: only the changed ones (--changed, FILE...) or all of ours (--all).
if [ "$mode" = --all ]; then
  filter='.*/(src|tests|bench)/.*'
elif [ ${#headers[@]} -gt 0 ]; then
  filter="$(printf '%s\n' "${headers[@]}" | sed 's/[.[\*^$()+?{|]/\\&/g' | paste -sd'|')"
  filter=".*/($filter)$"
else
  filter='^$'
fi
echo "tidy: ${#targets[@]} translation unit(s), $(nproc) at a time" >&2
printf '%s\n' "${targets[@]}" |
  xargs -P "$(nproc)" -I{} "$tidy" -p "$build" --quiet --header-filter="$filter" {} 2>/dev/null ||
  { echo "tidy: FAILED (diagnostics above)" >&2; exit 1; }
echo "tidy: clean" >&2
