// SPDX-License-Identifier: Apache-2.0
//
// The register end to end on the demo population (docs/benchmarks.md, "Register"): generate N
// people with calibrated histories (fixed seed), write them as an extract folder and read it
// back into the engine (rows per second), import them into SQLite (and PostgreSQL when
// --postgres URL is given), cold-start the findings from the store, then time one person's
// change (record an event, refresh, see it in the worklist), worklist pages and counts.
// Prints "key: value" lines. Asserts nothing about time.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <sys/resource.h>

#include "casefinding/definitions/definitions.hpp"
#include "casefinding/engine.hpp"
#include "casefinding/loaders/from_extract.hpp"
#include "core/clock.hpp"
#include "demo/care_homes.hpp"
#include "demo/clinical_histories.hpp"
#include "demo/demo_builder.hpp"
#include "demo/demo_sources.hpp"
#include "demo/geography.hpp"
#include "demo/scaled_people.hpp"
#include "extract/day.hpp"
#include "extract/read_extract.hpp"
#include "extract/write_extract.hpp"
#include "findings/findings_service.hpp"
#include "registry/local_events.hpp"
#include "registry/register_import.hpp"
#include "sql/migrator.hpp"
#include "store/run_in_transaction.hpp"

namespace {

using namespace lcn;  // NOLINT(google-build-using-namespace): a benchmark
using Steady = std::chrono::steady_clock;

double Since(Steady::time_point t) {
  return std::chrono::duration<double>(Steady::now() - t).count();
}

const char* Arg(int argc, char** argv, const char* name, const char* fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], name) == 0) {
      return argv[i + 1];
    }
  }
  return fallback;
}

double PeakRssGb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / (1024.0 * 1024.0);
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

// Loads the demo network (no people) into `db`, then imports `x`; returns the seconds the
// import took.
double LoadInto(sql::Database& db, const Clock& clock, const extract::Extract& x) {
  sql::ApplyMigrations(db, clock, demo::DemoMigrations());
  demo::DemoOptions options;
  options.area = demo::DemoArea::kAll;
  options.people_per_practice = 0;
  options.clinical = false;
  options.hash_cost = crypto::HashCost::kMinimal;
  demo::BuildDemo(db, clock, options);
  registry::ImportOptions import;
  import.source = "bench";
  const auto t = Steady::now();
  registry::ImportExtract(db, clock, x, import);
  return Since(t);
}

}  // namespace

int main(int argc, char** argv) {
  const std::int64_t people = std::strtoll(Arg(argc, argv, "--people", "100000"), nullptr, 10);
  const std::string dir = Arg(argc, argv, "--dir", "/tmp/lcn-register-bench");
  const std::string postgres = Arg(argc, argv, "--postgres", "");
  const SystemClock clock;
  const std::int32_t today = extract::DayOf(clock.Now());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);

  auto t = Steady::now();
  const auto geography = demo::PlanGeography(demo::DemoArea::kAll, demo::LoadPractices());
  auto plans = demo::GeneratePeopleAtScale(geography, demo::LoadAgeBands(), 42, people);
  extract::Extract x =
      demo::GenerateHistories(plans, geography, demo::PlanCareHomes(geography), 42, today);
  plans.clear();
  plans.shrink_to_fit();
  const double generate = Since(t);
  const std::int64_t rows = static_cast<std::int64_t>(x.patients.size() + x.events.size() +
                                                      x.medications.size() + x.encounters.size());
  std::printf("people: %lld\nevents: %zu\nmedications: %zu\nencounters: %zu\n",
              static_cast<long long>(people), x.events.size(), x.medications.size(),
              x.encounters.size());
  std::printf("generate_seconds: %.2f\n", generate);

  // The extract as files, read back into the engine's population.
  extract::WriteExtract(x, dir + "/extract");
  t = Steady::now();
  extract::ReadOptions read;
  read.today_day = today;
  extract::Extract back = extract::ReadExtract(dir + "/extract", read);
  const double read_seconds = Since(t);
  t = Steady::now();
  casefinding::Population population = casefinding::FromExtract(std::move(back));
  const double build_seconds = Since(t);
  std::printf("extract_read_seconds: %.2f\nextract_read_rows_per_second: %.0f\n", read_seconds,
              static_cast<double>(rows) / read_seconds);
  std::printf("population_build_seconds: %.2f\nfile_to_engine_rows_per_second: %.0f\n",
              build_seconds, static_cast<double>(rows) / (read_seconds + build_seconds));
  const auto definitions = casefinding::DefaultDefinitions();
  const auto plan = casefinding::Compile(definitions, population);
  std::vector<double> runs;
  for (int i = 0; i < 5; ++i) {
    t = Steady::now();
    (void)casefinding::Run(population, plan, today);
    runs.push_back(Since(t));
  }
  std::printf("engine_run_median_seconds: %.3f\n", Median(runs));
  std::printf("engine_population_bytes_per_event: %.1f\nengine_population_reserved_bytes: %zu\n",
              static_cast<double>(population.MemoryBytes()) /
                  static_cast<double>(population.EventCount() + population.medication_code.size()),
              population.ReservedBytes());
  population = casefinding::Population{};

  // Into SQLite (a file), and PostgreSQL when given.
  const std::string sqlite_path = dir + "/lcn.db";
  {
    auto db = sql::OpenDatabase("sqlite:" + sqlite_path);
    std::printf("sqlite_import_seconds: %.1f\n", LoadInto(*db, clock, x));
  }
  std::printf("sqlite_file_bytes: %lld\n",
              static_cast<long long>(std::filesystem::file_size(sqlite_path)));
  if (!postgres.empty()) {
    auto db = sql::OpenDatabase(postgres);
    std::printf("postgres_import_seconds: %.1f\n", LoadInto(*db, clock, x));
  }
  x = extract::Extract{};

  // Cold start from the store, then one person's change.
  auto db = sql::OpenDatabase("sqlite:" + sqlite_path);
  findings::FindingsService service(*db, clock, casefinding::DefaultDefinitions(), "cms37");
  t = Steady::now();
  service.Load();
  std::printf("cold_start_load_seconds: %.2f\n", Since(t));
  findings::WorklistQuery ltc3;
  ltc3.cohort = "ltc3";
  std::vector<double> pages, counts;
  for (int i = 0; i < 21; ++i) {
    t = Steady::now();
    (void)service.Worklist(ltc3);
    pages.push_back(Since(t));
    t = Steady::now();
    (void)service.Counts({});
    counts.push_back(Since(t));
  }
  std::printf("worklist_page_median_ms: %.2f\ncounts_median_ms: %.2f\n", Median(pages) * 1000,
              Median(counts) * 1000);
  std::printf("ltc3_people: %lld\n", static_cast<long long>(service.Worklist(ltc3).total));
  std::vector<double> change;
  for (int i = 0; i < 51; ++i) {
    const PersonId person(1 + (std::int64_t{i} * 7919) % people);
    t = Steady::now();
    store::RunInTransaction(*db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
      registry::RecordEvent(tx, person, {"13645005", extract::FormatDay(today), std::nullopt},
                            std::nullopt, clock.Now());
    });
    service.Refresh({person});
    (void)service.Explain(person);
    change.push_back(Since(t));
  }
  std::printf("one_person_change_median_ms: %.2f\n", Median(change) * 1000);
  std::printf("peak_rss_gb: %.2f\n", PeakRssGb());
  return 0;
}
