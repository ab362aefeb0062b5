// SPDX-License-Identifier: Apache-2.0
//
// RowErrors collects the problems found in one file (or one part of one) while counting all of
// them, keeping only the first `max` in full: past the limit nothing is allocated, so a file in
// which every row is bad costs no more to read than a good one. Thread-compatible.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "extract/read_report.hpp"

namespace lcn::extract {

class RowErrors {
 public:
  RowErrors(std::string_view file, std::size_t max) : file_(file), max_(max) {}

  // Counts one problem and keeps it, with `reason` the concatenation of `parts`, while fewer
  // than `max` are kept.
  void Add(std::int64_t line, std::string_view column,
           std::initializer_list<std::string_view> parts);

  // As Add, with the reason `"<value>" <suffix>` where value is shown as by ShownValue.
  void AddQuoted(std::int64_t line, std::string_view column, std::string_view value,
                 std::string_view suffix);

  // Appends `other`'s problems (all from later lines) with `line_offset` added to their lines.
  void Append(const RowErrors& other, std::int64_t line_offset);

  // Moves the kept problems into `report` (up to its overall `max`) and adds the count.
  void MoveInto(ReadReport& report, std::size_t max);

  std::int64_t Count() const { return count_; }

  const std::vector<RowError>& Kept() const { return kept_; }

 private:
  std::string file_;
  std::size_t max_;
  std::vector<RowError> kept_;
  std::int64_t count_ = 0;
};

// `value` made safe to put in a message: at most 40 bytes (then "..."), and any byte that is
// not printable ASCII replaced by '?'.
std::string ShownValue(std::string_view value);

}  // namespace lcn::extract
