// SPDX-License-Identifier: Apache-2.0
//
// ReadExtract reads one GP or hospital extract folder (docs/extract-format.md) into memory for
// case finding, strictly: every row of every file must be valid, or nothing is returned and
// every problem is reported by file, line and column. Built for tens of millions of rows: each
// file is read whole and parsed in place, and events and medications may use two threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

#include "extract/extract.hpp"
#include "extract/read_report.hpp"

namespace lcn::extract {

struct ReadOptions {
  // Dates after this day are "in the future" (extract/day.hpp: DayOf(clock.Now())).
  // REQUIRES: set by the caller; there is no sensible default.
  std::int32_t today_day;
  // The most errors kept in the report in full; all are counted.
  std::size_t max_reported_errors = 100;
  // When set, called on the calling thread with (0, total) first, then at most about ten times a
  // second, and with (total, total) at the end: bytes of the extract's files read so far.
  std::function<void(std::int64_t bytes_done, std::int64_t bytes_total)> progress = nullptr;
};

// Reads `dir`/patients.csv, `dir`/events.csv and, when present, `dir`/medications.csv and
// `dir`/encounters.csv. Returns the whole extract when every file is present or optional,
// every header is right and every row is valid. Otherwise throws ExtractError (kBadRequest)
// carrying the ReadReport: nothing partial is ever returned. When `report` is not null it
// receives the report in both cases (rows_read and, on failure, the errors).
// Thread-safe: calls share nothing. May use one extra thread for the duration of the call.
Extract ReadExtract(const std::string& dir, const ReadOptions& options,
                    ReadReport* report = nullptr);

}  // namespace lcn::extract
