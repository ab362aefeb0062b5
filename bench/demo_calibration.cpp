// SPDX-License-Identifier: Apache-2.0
//
// lcn_demo_calibration: generates a demo population with clinical histories, times it, and
// prints the calibration tables of docs/demo-population.md (targets against what the real
// case-finding engine finds). Figures are printed as "key: value" lines, then markdown.
//
//   lcn_demo_calibration [--area all|lambeth-southwark|coastal-west-sussex] [--people 50000]
//                        [--seed 42] [--as-of 2026-06-30] [--threads 0] [--out DIR]
//                        [--no-calibrate]
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>
#include <sys/resource.h>

#include "demo/calibration/calibration.hpp"
#include "demo/care_homes.hpp"
#include "demo/clinical_histories.hpp"
#include "demo/demo_area.hpp"
#include "demo/scaled_people.hpp"
#include "extract/day.hpp"
#include "extract/write_extract.hpp"

namespace {

double Since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

long PeakRssMegabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace lcn;  // NOLINT(google-build-using-namespace): a small tool
  CLI::App app("Generates a demo population with clinical histories and calibrates it");
  std::string area_name = "all";
  std::string as_of_text = "2026-06-30";
  std::int64_t people_count = 50'000;
  std::uint64_t seed = 42;
  unsigned threads = 0;
  std::string out;
  bool no_calibrate = false;
  app.add_option("--area", area_name, "all, lambeth-southwark or coastal-west-sussex");
  app.add_option("--people", people_count, "people to generate")->check(CLI::Range(0, 10'000'000));
  app.add_option("--seed", seed, "random seed");
  app.add_option("--as-of", as_of_text, "as-of date, YYYY-MM-DD");
  app.add_option("--threads", threads, "threads (0: all cores)");
  app.add_option("--out", out, "also write the extract into this folder");
  app.add_flag("--no-calibrate", no_calibrate, "only generate and time");
  CLI11_PARSE(app, argc, argv);
  const auto area = demo::ParseDemoArea(area_name);
  const auto as_of = extract::ParseDay(as_of_text);
  if (!area || !as_of) {
    std::cerr << "lcn_demo_calibration: unknown --area or bad --as-of\n";
    return 2;
  }
  const auto geography = demo::PlanGeography(*area, demo::LoadPractices());

  auto start = std::chrono::steady_clock::now();
  const auto people =
      demo::GeneratePeopleAtScale(geography, demo::LoadAgeBands(), seed, people_count, threads);
  std::printf("people: %zu\npeople_seconds: %.2f\n", people.size(), Since(start));

  start = std::chrono::steady_clock::now();
  auto x = demo::GenerateHistories(people, geography, demo::PlanCareHomes(geography), seed, *as_of,
                                   threads);
  std::printf("histories_seconds: %.2f\nevents: %zu\nmedications: %zu\nencounters: %zu\n",
              Since(start), x.events.size(), x.medications.size(), x.encounters.size());
  std::printf("events_per_person: %.1f\npeak_rss_mb: %ld\n",
              static_cast<double>(x.events.size()) / static_cast<double>(people.size()),
              PeakRssMegabytes());

  if (!out.empty()) {
    start = std::chrono::steady_clock::now();
    extract::WriteExtract(x, out);
    std::printf("write_seconds: %.2f\n", Since(start));
  }
  if (no_calibrate) {
    return 0;
  }
  start = std::chrono::steady_clock::now();
  const auto report = demo::Calibrate(std::move(x), demo::LoadClinicalRates(), *as_of);
  std::printf("calibrate_seconds: %.2f\nliving_people: %lld\ndeaths: %lld\n\n", Since(start),
              static_cast<long long>(report.people), static_cast<long long>(report.deaths));
  std::printf("%s", demo::CalibrationMarkdown(report).c_str());
  return 0;
}
