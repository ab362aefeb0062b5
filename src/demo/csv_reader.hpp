// SPDX-License-Identifier: Apache-2.0
//
// A small RFC 4180 CSV reader for the embedded demo data: comma-separated fields, optional
// double quotes around a field (a quoted field may hold commas, line breaks and "" for a quote),
// LF or CRLF line ends, an optional final line end. The first record is the header. Blank
// lines are skipped. Values are not trimmed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lcn::demo {

class CsvTable {
 public:
  // Parses `text`. Throws Error(kInternal) when it is malformed (an unterminated quote, text
  // after a closing quote, a record whose field count differs from the header's, no header):
  // the only input is data compiled into the binary, so a bad file is a bug.
  [[nodiscard]] static CsvTable Parse(std::string_view text);

  const std::vector<std::string>& Header() const { return header_; }

  std::size_t RowCount() const { return rows_.size(); }

  // The field of data row `row` (0-based, header excluded) in column `column`.
  // Throws Error(kInternal) when there is no such column; REQUIRES: row < RowCount().
  const std::string& Field(std::size_t row, std::string_view column) const;

 private:
  std::size_t ColumnIndex(std::string_view column) const;

  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace lcn::demo
