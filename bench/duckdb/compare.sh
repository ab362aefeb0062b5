#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# The case-finding engine against the same rules as SQL in DuckDB, on the same data, in one
# driver run (docs/benchmarks.md, "DuckDB (same rules, same data)"): lcn_casefinding_bench times
# the engine and exports the population, the rules as DuckDB SQL and its results per person;
# run.mjs then loads them into DuckDB, times the rules and checks every person's results.
# Prints the load average before and after, both figures and the ratio. Benchmark only: not
# part of the test suite.
#
#   bench/duckdb/compare.sh [--bench PATH] [--dir DIR] [--keep] [--runs N] [--duckdb-runs N]
#                           [--memory-limit 12GB] [bench options: --people N --events N --sql ...]
#
# --bench defaults to $LCN_CASEFINDING_BENCH or build-rel/bench/lcn_casefinding_bench;
# --dir (the exported files, about 1.7 GB at 2 million people) to a fresh folder under /tmp,
# removed at the end unless --keep. --runs (default 7) is the engine's, --duckdb-runs
# (default 5) DuckDB's. Other options go to the benchmark (--people, --events, --sql, --seed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

bench="${LCN_CASEFINDING_BENCH:-$repo/build-rel/bench/lcn_casefinding_bench}"
dir=""
keep=0
runs=7
duckdb_runs=5
memory_limit=()
bench_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --bench) bench="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    --runs) runs="$2"; shift 2 ;;
    --duckdb-runs) duckdb_runs="$2"; shift 2 ;;
    --memory-limit) memory_limit=(--memory-limit "$2"); shift 2 ;;
    *) bench_args+=("$1"); shift ;;
  esac
done
if [ ! -x "$bench" ]; then
  echo "compare: no benchmark at $bench (build it: ninja -C build-rel lcn_casefinding_bench," \
       "or pass --bench PATH)" >&2
  exit 2
fi
if [ ! -d "$here/node_modules/@duckdb/node-api" ]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi
if [ -z "$dir" ]; then
  dir="$(mktemp -d /tmp/lcn-duckdb-compare.XXXXXX)"
fi
if [ "$keep" -eq 0 ]; then
  trap 'rm -rf "$dir"' EXIT
fi

echo "load_before: $(uptime)"
mkdir -p "$dir"
"$bench" --runs "$runs" "${bench_args[@]}" --export-dir "$dir" | tee "$dir/bench.out"
node "$here/run.mjs" "$dir" --runs "$duckdb_runs" --threads 2 "${memory_limit[@]}" |
  tee "$dir/duckdb.out"
echo "load_after: $(uptime)"
bench_out="$(cat "$dir/bench.out")"
duck_out="$(cat "$dir/duckdb.out")"

figure() { printf '%s\n' "$1" | sed -n "s/^$2: //p" | head -1; }
engine="$(figure "$bench_out" engine_run_median_seconds)"
duck="$(figure "$duck_out" duckdb_run_median_seconds)"
echo "---"
echo "people: $(figure "$bench_out" people)"
echo "events: $(figure "$bench_out" events)"
echo "medications: $(figure "$bench_out" medications)"
echo "engine_run_median_seconds: $engine (of $runs; CPU $(figure "$bench_out" \
  engine_run_cpu_median_seconds))"
if [ -n "$(figure "$bench_out" sqlite_run_seconds)" ]; then
  echo "sqlite_run_seconds: $(figure "$bench_out" sqlite_run_seconds) (load" \
       "$(figure "$bench_out" sqlite_load_seconds); results_differ" \
       "$(figure "$bench_out" results_differ))"
fi
echo "duckdb_load_seconds: $(figure "$duck_out" duckdb_load_seconds)"
echo "duckdb_run_median_seconds: $duck (of $duckdb_runs; CPU $(figure "$duck_out" \
  duckdb_run_cpu_median_seconds))"
echo "duckdb_results_differ: $(figure "$duck_out" duckdb_results_differ)"
echo "speedup_vs_duckdb: $(awk -v d="$duck" -v e="$engine" 'BEGIN { printf "%.0f", d / e }')"
echo "speedup_vs_duckdb_cpu: $(awk -v d="$(figure "$duck_out" duckdb_run_cpu_median_seconds)" \
  -v e="$(figure "$bench_out" engine_run_cpu_median_seconds)" 'BEGIN { printf "%.0f", d / e }')"
[ "$(figure "$duck_out" duckdb_results_differ)" = "0" ]
