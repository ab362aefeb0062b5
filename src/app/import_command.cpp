// SPDX-License-Identifier: Apache-2.0
//
// lcn import DIR: reads an extract folder strictly and writes it into the register, all or
// nothing, with a progress bar on a terminal. A running server picks the import up within
// casefinding.refreshSeconds.
#include <chrono>
#include <cstdio>
#include <iostream>

#include <unistd.h>

#include "app/commands.hpp"
#include "app/server_context.hpp"
#include "casefinding/definitions/definitions.hpp"
#include "core/error.hpp"
#include "extract/day.hpp"
#include "extract/read_extract.hpp"
#include "extract/read_report.hpp"
#include "registry/register_import.hpp"

namespace lcn::app {
namespace {

void Bar(const char* what, std::int64_t done, std::int64_t total) {
  const int width = 40;
  const int filled = total > 0 ? static_cast<int>(done * width / total) : width;
  std::fprintf(stderr, "\r%-18s [%s%s] %3d%%", what,
               std::string(static_cast<std::size_t>(filled), '#').c_str(),
               std::string(static_cast<std::size_t>(width - filled), ' ').c_str(),
               total > 0 ? static_cast<int>(done * 100 / total) : 100);
  if (done >= total) {
    std::fputc('\n', stderr);
  }
}

// Reports every refused row of `dir` on `err`; returns the exit status for a refused extract.
int Refused(const extract::ExtractError& e, const std::string& dir, std::ostream& err) {
  for (const auto& row : e.Report().errors) {
    err << dir << '/' << extract::FormatRowError(row) << '\n';
  }
  err << e.Report().error_count << " error(s) in " << dir << "; nothing was imported\n";
  return 2;
}

double Since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int RunImport(const config::Config& config, const ImportCommandOptions& options,
              std::ostream& err) {
  const bool terminal = isatty(STDERR_FILENO) != 0;
  const SystemClock clock;
  const auto definitions = config.casefinding.definitions.empty()
                               ? casefinding::DefaultDefinitions()
                               : casefinding::LoadDefinitions(config.casefinding.definitions);
  std::unordered_set<std::int64_t> known;
  for (const auto& [name, list] : definitions.code_lists) {
    known.insert(list.codes.begin(), list.codes.end());
  }

  extract::ReadOptions read;
  read.today_day = extract::DayOf(clock.Now());
  if (terminal) {
    read.progress = [](std::int64_t done, std::int64_t total) { Bar("reading", done, total); };
  }
  const auto started = std::chrono::steady_clock::now();
  extract::Extract x;
  try {
    x = extract::ReadExtract(options.dir, read);
  } catch (const extract::ExtractError& e) {
    return Refused(e, options.dir, err);
  }
  const double read_seconds = Since(started);
  const std::int64_t rows = static_cast<std::int64_t>(x.patients.size() + x.events.size() +
                                                      x.medications.size() + x.encounters.size());

  auto db = OpenAndMigrate(config, clock);
  registry::ImportOptions import;
  import.source = options.dir;
  import.partial = options.partial;
  import.known_codes = &known;
  if (terminal) {
    import.progress = [](std::int64_t done, std::int64_t total) { Bar("writing", done, total);
  };
}

const auto writing = std::chrono::steady_clock::now();
registry::ImportSummary summary;
try {
  summary = registry::ImportExtract(*db, clock, x, import);

} catch (const extract::ExtractError& e) {
  return Refused(e, options.dir, err);
}

const double write_seconds = Since(writing);
const auto& r = summary.record;
err << "import " << r.id << ": " << r.patients_new << " new, " << r.patients_updated << " updated, "
    << r.patients_unchanged << " unchanged, " << r.patients_left << " left; " << r.events
    << " events, " << r.medications << " medication issues, " << r.encounters << " encounters\n";
if (summary.unknown_code_rows > 0) {
  err << summary.unknown_code_rows
      << " event or medication rows have codes that no code list uses (kept, not counted "
         "by case finding), e.g.";
  for (const auto code : summary.unknown_code_sample) {
    err << ' ' << code;
  }
  err << '\n';
}
char line[160];
std::snprintf(line, sizeof line,
              "read %lld rows in %.1f s (%.2f million rows/s); wrote to the store in %.1f s\n",
              static_cast<long long>(rows), read_seconds,
              read_seconds > 0 ? static_cast<double>(rows) / read_seconds / 1e6 : 0.0,
              write_seconds);
err << line;
return 0;
}  // namespace lcn::app

}  // namespace lcn::app
