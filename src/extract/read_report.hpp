// SPDX-License-Identifier: Apache-2.0
//
// What reading an extract found wrong: one RowError per bad field, row, header or file, the
// ReadReport that holds the first of them and counts them all, and ExtractError, the
// kBadRequest lcn::Error that ReadExtract throws with the report. Reasons never quote a
// patient's identifiers, birth or death date or postcode (only the line says which row), so a
// report may be logged and shown to the person who supplied the extract.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace lcn::extract {

// One problem. `line` is 1-based with the header on line 1; 0 when the problem is the file
// itself (missing, unreadable). `column` is the header name of the field concerned, or empty
// when the problem is the whole row or file.
struct RowError {
  std::string file;  // file name inside the extract folder, e.g. "events.csv"
  std::int64_t line = 0;
  std::string column;
  std::string reason;

  bool operator==(const RowError&) const = default;
};

struct ReadReport {
  std::vector<RowError> errors;  // the first ReadOptions::max_reported_errors, in file+line order
  std::int64_t error_count = 0;  // all, even past the limit
  std::int64_t rows_read = 0;    // data rows scanned in all files, valid or not
};

// "events.csv:1042: date: 2031-02-01 is in the future"; the line is left out when 0 and the
// column when empty ("medications.csv: file is missing").
std::string FormatRowError(const RowError& error);

// Thrown by ReadExtract when any row, header or file is invalid. Code() is kBadRequest; what()
// summarises the count and the first error; Issues() holds the reported errors as FieldIssues
// whose field is "file:line:column".
class ExtractError : public Error {
 public:
  explicit ExtractError(ReadReport report);

  const ReadReport& Report() const { return report_; }

 private:
  ReadReport report_;
};

}  // namespace lcn::extract
