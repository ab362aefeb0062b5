// SPDX-License-Identifier: Apache-2.0
//
// Case-finding benchmark: builds a seeded random population, compiles the rules, times full
// engine runs (median of --runs, wall and process CPU time) and one person's re-evaluation,
// reports engine memory against the budget (16 bytes per event plus 256 per person), and, with
// --sql, times the same rules as plain SQL in SQLite on the same data in the same run. With
// --export-dir DIR it writes the data, the same rules as DuckDB SQL and the engine's results to
// DIR (tests/reference/reference_export.hpp) for bench/duckdb/run.mjs (bench/duckdb/compare.sh).
// With --ablate it also prints what each definition costs (casefinding_ablation.hpp).
// --events is the mean number of coded events per person drawn before the extra frailty-deficit
// events (about a third more) and the medication issues (about half as many as events): 30
// gives about 39 events a person, 23 about 30.
// Prints one "key: value" line per figure; docs/benchmarks.md records the method and results.
//
//   lcn_casefinding_bench --people 2000000 --events 30 --runs 7 [--sql] [--threads 2]
//                         [--export-dir DIR] [--ablate]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "casefinding/engine.hpp"
#include "casefinding_ablation.hpp"
#include "reference_export.hpp"
#include "sql/sqlite/sqlite_database.hpp"
#include "sql_reference.hpp"
#include "test_population.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// CPU time of the whole process (all threads), in seconds.
double ProcessCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Bytes held by the result columns.
std::size_t ResultBytes(const lcn::casefinding::Results& r) {
  std::size_t bytes = r.efi_deficits.capacity() + r.emergency_admissions.capacity() * 2 +
                      r.cohort_bits.capacity() * 4;
  for (const auto& set : r.condition_bits) {
    bytes += set.capacity() * 8;
  }
  return bytes;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

long Arg(int argc, char** argv, const char* name, long fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], name) == 0) {
      return std::strtol(argv[i + 1], nullptr, 10);
    }
  }
  return fallback;
}

const char* Text(int argc, char** argv, const char* name) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], name) == 0) {
      return argv[i + 1];
    }
  }
  return nullptr;
}

// People whose results differ in any column: a condition set, the deficit count, the
// admission count or the cohorts.
std::size_t Differ(const lcn::casefinding::Results& a, const lcn::casefinding::Results& b) {
  std::size_t differ = 0;
  for (std::size_t p = 0; p < a.cohort_bits.size(); ++p) {
    bool same = a.cohort_bits[p] == b.cohort_bits[p] && a.efi_deficits[p] == b.efi_deficits[p] &&
                a.emergency_admissions[p] == b.emergency_admissions[p];
    for (std::size_t s = 0; s < a.condition_bits.size(); ++s) {
      same = same && a.condition_bits[s][p] == b.condition_bits[s][p];
    }
    differ += same ? 0 : 1;
  }
  return differ;
}

bool Flag(int argc, char** argv, const char* name) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], name) == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  namespace cf = lcn::casefinding;
  const auto people = static_cast<std::size_t>(Arg(argc, argv, "--people", 100000));
  const int events = static_cast<int>(Arg(argc, argv, "--events", 30));
  const int runs = static_cast<int>(Arg(argc, argv, "--runs", 5));
  const auto threads = static_cast<unsigned>(Arg(argc, argv, "--threads", 0));
  const auto seed = static_cast<std::uint64_t>(Arg(argc, argv, "--seed", 42));

  auto t = Clock::now();
  const auto defs = cf::testdata::RuleKindDefinitions();
  const cf::Population pop = cf::testdata::RandomPopulation(seed, people, events);
  std::printf("people: %zu\nevents: %zu\nmedications: %zu\nbuild_seconds: %.3f\n", pop.Size(),
              pop.EventCount(), pop.medication_code.size(), Seconds(t));
  std::printf("engine_bytes: %zu\nbytes_per_event: %.2f\nengine_reserved_bytes: %zu\n",
              pop.MemoryBytes(),
              static_cast<double>(pop.MemoryBytes()) /
                  static_cast<double>(pop.EventCount() + pop.medication_code.size()),
              pop.ReservedBytes());

  t = Clock::now();
  const cf::Plan plan = cf::Compile(defs, pop);
  std::printf("compile_seconds: %.4f\n", Seconds(t));

  std::vector<double> times, cpu;
  cf::Results results;
  for (int r = 0; r < runs; ++r) {
    t = Clock::now();
    const double cpu_start = ProcessCpuSeconds();
    results = cf::Run(pop, plan, cf::testdata::AsOf(), threads);
    times.push_back(Seconds(t));
    cpu.push_back(ProcessCpuSeconds() - cpu_start);
  }
  std::size_t ltc3 = 0;
  for (const auto bits : results.cohort_bits) {
    ltc3 += bits & 1U;
  }
  std::printf(
      "engine_run_median_seconds: %.4f\nengine_run_min_seconds: %.4f\n"
      "engine_run_cpu_median_seconds: %.4f\nltc3_people: %zu\n",
      Median(times), *std::min_element(times.begin(), times.end()), Median(cpu), ltc3);
  // The budget: 16 bytes per event (coded event or medication issue) plus 256 per person, for
  // the population and the results together.
  const std::size_t rows = pop.EventCount() + pop.medication_code.size();
  const std::size_t engine = pop.MemoryBytes() + ResultBytes(results);
  std::printf("results_bytes: %zu\nengine_with_results_bytes: %zu\nbudget_bytes: %zu\n",
              ResultBytes(results), engine, 16 * rows + 256 * pop.Size());

  // One person's change: re-evaluate their row (what an incremental update does).
  std::vector<double> one;
  for (int r = 0; r < 101; ++r) {
    const std::size_t person = (static_cast<std::size_t>(r) * 7919) % pop.Size();
    t = Clock::now();
    cf::RunRange(pop, plan, cf::testdata::AsOf(), person, person + 1, results);
    one.push_back(Seconds(t));
  }
  std::printf("one_person_median_microseconds: %.2f\n", Median(one) * 1e6);

  if (Flag(argc, argv, "--sql")) {
    lcn::sql::SqliteDatabase db(":memory:");
    t = Clock::now();
    cf::reference::Load(db, pop, defs);
    std::printf("sqlite_load_seconds: %.2f\n", Seconds(t));
    t = Clock::now();
    const cf::Results sql = cf::reference::Evaluate(db, pop, defs, cf::testdata::AsOf());
    const double sql_seconds = Seconds(t);
    std::printf("sqlite_run_seconds: %.2f\nspeedup_vs_sqlite: %.0f\nresults_differ: %zu\n",
                sql_seconds, sql_seconds / Median(times), Differ(sql, results));
  }

  if (Flag(argc, argv, "--ablate")) {
    cf::bench::RunAblation(pop, defs, cf::testdata::AsOf(), runs);
  }

  if (const char* dir = Text(argc, argv, "--export-dir")) {
    namespace ref = cf::reference;
    t = Clock::now();
    const std::size_t bytes =
        ref::ExportInputs(dir, pop, defs, cf::testdata::AsOf(), ref::Dialect::kDuckDb);
    ref::ExportResults(dir, pop, defs, results);
    std::printf("export_dir: %s\nexport_bytes: %zu\nexport_seconds: %.2f\n", dir, bytes,
                Seconds(t));
  }
  return 0;
}
