// SPDX-License-Identifier: Apache-2.0
//
// lcn casefind: runs the case-finding engine on an extract folder as of a date and writes one
// CSV row per person. A bad extract is reported row by row (file:line: column: reason) and
// nothing is written.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include <unistd.h>

#include "app/commands.hpp"
#include "casefinding/definitions/definitions.hpp"
#include "casefinding/engine.hpp"
#include "casefinding/loaders/from_extract.hpp"
#include "core/error.hpp"
#include "extract/day.hpp"
#include "extract/read_extract.hpp"

namespace lcn::app {
namespace {

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) {
    return s;
  }
  std::string out = "\"";
  for (const char c : s) {
    out += c == '"' ? "\"\"" : std::string(1, c);
  }
  return out + "\"";
}

void ProgressBar(std::int64_t done, std::int64_t total) {
  const int width = 40;
  const int filled = total > 0 ? static_cast<int>(done * width / total) : width;
  std::fprintf(stderr, "\rreading extract [%s%s] %3d%%",
               std::string(static_cast<std::size_t>(filled), '#').c_str(),
               std::string(static_cast<std::size_t>(width - filled), ' ').c_str(),
               total > 0 ? static_cast<int>(done * 100 / total) : 100);
  if (done >= total) {
    std::fputc('\n', stderr);
  }
}

void WriteCsv(std::ostream& out, const casefinding::Population& pop, const casefinding::Plan& plan,
              const casefinding::Results& results, int set) {
  out << "patient_id,ltc_count,conditions,efi_score,efi_category,emergency_admissions_12m,"
         "cohorts\n";
  const auto& conditions = plan.sets[static_cast<std::size_t>(set)].conditions;
  char score[16];
  for (std::size_t p = 0; p < pop.Size(); ++p) {
    const std::uint64_t bits = results.condition_bits[static_cast<std::size_t>(set)][p];
    std::string names;
    for (std::size_t c = 0; c < conditions.size(); ++c) {
      if ((bits >> c) & 1U) {
        names += (names.empty() ? "" : ";") + conditions[c].id;
      }
    }
    std::string cohorts;
    for (std::size_t c = 0; c < plan.cohorts.size(); ++c) {
      if ((results.cohort_bits[p] >> c) & 1U) {
        cohorts += (cohorts.empty() ? "" : ";") + plan.cohorts[c].id;
      }
    }
    std::string efi;
    if (results.efi_deficits[p] != casefinding::kNotAssessed) {
      std::snprintf(score, sizeof score, "%.3f", results.efi_deficits[p] / 36.0);
      efi = score;
    }
    out << CsvField(pop.patient_ids[p]) << ',' << std::popcount(bits) << ',' << names << ',' << efi
        << ',' << casefinding::FrailtyCategoryName(results.Frailty(p)) << ','
        << results.emergency_admissions[p] << ',' << cohorts << '\n';
  }
}

}  // namespace

int RunCasefind(const CasefindOptions& options, std::ostream& err) {
  const auto as_of = extract::ParseDay(options.as_of);
  if (!as_of) {
    throw Error(ErrorCode::kBadRequest, "--as-of must be a date written YYYY-MM-DD",
                {{"--as-of", "'" + options.as_of + "' is not a date"}});
  }
  const auto definitions = options.definitions.empty()
                               ? casefinding::DefaultDefinitions()
                               : casefinding::LoadDefinitions(options.definitions);
  extract::ReadOptions read;
  read.today_day = extract::DayOf(SystemClock().Now());
  if (isatty(STDERR_FILENO) != 0) {
    read.progress = ProgressBar;
  }
  extract::ReadReport report;
  extract::Extract x;
  try {
    x = extract::ReadExtract(options.data, read, &report);
  } catch (const extract::ExtractError& e) {
    for (const auto& row : e.Report().errors) {
      err << extract::FormatRowError(row) << '\n';
    }
    err << e.Report().error_count << " error(s) in " << options.data << "; nothing was written\n";
    return 2;
  }
  casefinding::ExtractStats stats;
  const auto pop = casefinding::FromExtract(std::move(x), &stats);
  const auto plan = casefinding::Compile(definitions, pop);
  const int set = plan.SetIndex(options.condition_set);
  if (set < 0) {
    throw Error(ErrorCode::kBadRequest, "--condition-set: no condition set '" +
                                            options.condition_set + "' in the definitions");
  }
  const auto started = std::chrono::steady_clock::now();
  const auto results = casefinding::Run(pop, plan, *as_of);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (options.out == "-") {
    WriteCsv(std::cout, pop, plan, results, set);
  } else {
    const std::string partial = options.out + ".partial";
    {
      std::ofstream out(partial, std::ios::trunc);
      if (!out) {
        throw Error(ErrorCode::kBadRequest, "--out: cannot write " + options.out);
      }
      WriteCsv(out, pop, plan, results, set);
      if (!out.flush()) {
        throw Error(ErrorCode::kUnavailable, "--out: writing " + options.out + " failed");
      }
    }
    if (std::rename(partial.c_str(), options.out.c_str()) != 0) {
      throw Error(ErrorCode::kUnavailable, "--out: cannot move the result into " + options.out);
    }
  }
  err << pop.Size() << " people, " << stats.events << " events (" << stats.duplicate_rows
      << " duplicate rows counted once), definitions " << plan.version << ", as of "
      << options.as_of << ": case finding took " << static_cast<int>(seconds * 1000) << " ms\n";
  return 0;
}

}  // namespace lcn::app
