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
#include <cstring>
#include <iostream>
#include <string>

#include <sys/resource.h>

#include "demo/calibration/calibration.hpp"
#include "demo/care_homes.hpp"
#include "demo/clinical_histories.hpp"
#include "demo/demo_area.hpp"
#include "demo/scaled_people.hpp"
#include "extract/day.hpp"
#include "extract/write_extract.hpp"

namespace {

std::string Arg(int argc, char** argv, const char* name, const char* fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], name) == 0) {
      return argv[i + 1];
    }
  }
  return fallback;
}

bool Flag(int argc, char** argv, const char* name) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], name) == 0) {
      return true;
    }
  }
  return false;
}

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
  const auto area = demo::ParseDemoArea(Arg(argc, argv, "--area", "all"));
  const auto as_of = extract::ParseDay(Arg(argc, argv, "--as-of", "2026-06-30"));
  if (!area || !as_of) {
    std::cerr << "usage: lcn_demo_calibration [--area NAME] [--people N] [--seed S] "
                 "[--as-of YYYY-MM-DD] [--threads T] [--out DIR] [--no-calibrate]\n";
    return 2;
  }
  const long people_count = std::stol(Arg(argc, argv, "--people", "50000"));
  const auto seed = std::stoull(Arg(argc, argv, "--seed", "42"));
  const auto threads = static_cast<unsigned>(std::stoul(Arg(argc, argv, "--threads", "0")));
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

  const std::string out = Arg(argc, argv, "--out", "");
  if (!out.empty()) {
    start = std::chrono::steady_clock::now();
    extract::WriteExtract(x, out);
    std::printf("write_seconds: %.2f\n", Since(start));
  }
  if (Flag(argc, argv, "--no-calibrate")) {
    return 0;
  }
  start = std::chrono::steady_clock::now();
  const auto report = demo::Calibrate(std::move(x), demo::LoadClinicalRates(), *as_of);
  std::printf("calibrate_seconds: %.2f\nliving_people: %lld\ndeaths: %lld\n\n", Since(start),
              static_cast<long long>(report.people), static_cast<long long>(report.deaths));
  std::printf("%s", demo::CalibrationMarkdown(report).c_str());
  return 0;
}
