// SPDX-License-Identifier: Apache-2.0
//
// RowErrors and the sanitising of values quoted in reasons.
#include "extract/row_errors.hpp"

#include <utility>

namespace lcn::extract {

void RowErrors::Add(std::int64_t line, std::string_view column,
                    std::initializer_list<std::string_view> parts) {
  ++count_;
  if (kept_.size() >= max_) {
    return;
  }
  std::string reason;
  for (const std::string_view part : parts) {
    reason += part;
  }
  kept_.push_back({file_, line, std::string(column), std::move(reason)});
}

void RowErrors::AddQuoted(std::int64_t line, std::string_view column, std::string_view value,
                          std::string_view suffix) {
  if (kept_.size() >= max_) {
    ++count_;
    return;
  }
  const std::string shown = ShownValue(value);
  Add(line, column, {"\"", shown, "\" ", suffix});
}

void RowErrors::Append(const RowErrors& other, std::int64_t line_offset) {
  count_ += other.count_;
  for (const RowError& error : other.kept_) {
    if (kept_.size() >= max_) {
      break;
    }
    kept_.push_back(error);
    kept_.back().line += line_offset;
  }
}

void RowErrors::MoveInto(ReadReport& report, std::size_t max) {
  report.error_count += count_;
  for (RowError& error : kept_) {
    if (report.errors.size() >= max) {
      break;
    }
    report.errors.push_back(std::move(error));
  }
  kept_.clear();
  count_ = 0;
}

std::string ShownValue(std::string_view value) {
  constexpr std::size_t kMaxShown = 40;
  std::string shown;
  const std::size_t n = value.size() < kMaxShown ? value.size() : kMaxShown;
  shown.reserve(n + 3);
  for (std::size_t i = 0; i < n; ++i) {
    const char c = value[i];
    shown += (c >= ' ' && c <= '~') ? c : '?';
  }
  if (value.size() > kMaxShown) {
    shown += "...";
  }
  return shown;
}

}  // namespace lcn::extract
