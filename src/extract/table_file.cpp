// SPDX-License-Identifier: Apache-2.0
//
// Loading an extract file and matching its header.
#include "extract/table_file.hpp"

#include <algorithm>
#include <utility>

namespace lcn::extract {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::size_t kAbsent = static_cast<std::size_t>(-1);
constexpr std::size_t kSampleBytes = 1 << 16;

}  // namespace

std::optional<TableFile> TableFile::Open(const std::string& dir, std::string_view name,
                                         std::span<const ColumnSpec> columns, bool required,
                                         RowErrors& errors) {
  FileRead read = ReadWholeFile(dir + "/" + std::string(name));
  if (read.status == FileStatus::kMissing) {
    if (required) {
      errors.Add(0, "", {"file is missing"});
    }
    return std::nullopt;
  }
  if (read.status == FileStatus::kUnreadable) {
    errors.Add(0, "", {"file cannot be read: ", read.problem});
    return std::nullopt;
  }
  TableFile table;
  table.content_ = std::move(read.content);
  char* begin = table.content_.Begin();
  char* const end = TrimTrailingLineBreaks(begin, table.content_.End());
  if (std::string_view(begin, static_cast<std::size_t>(end - begin)).starts_with(kUtf8Bom)) {
    begin += kUtf8Bom.size();
  }
  if (begin == end) {
    errors.Add(1, "", {"file is empty (no header row)"});
    return std::nullopt;
  }
  CsvCursor cursor(begin, end);
  std::array<std::string_view, kMaxColumns> names{};
  const CsvLine header = cursor.Next(names);
  if (header.problem != CsvProblem::kNone) {
    errors.Add(1, "", {"header: ", CsvProblemText(header.problem)});
    return std::nullopt;
  }
  if (header.field_count > kMaxColumns) {
    errors.Add(1, "",
               {"header has ", std::to_string(header.field_count), " columns; at most ",
                std::to_string(kMaxColumns), " are allowed"});
    return std::nullopt;
  }
  table.field_count_ = header.field_count;
  table.header_names_.assign(names.begin(),
                             names.begin() + static_cast<std::ptrdiff_t>(header.field_count));
  table.field_of_column_.assign(columns.size(), kAbsent);
  for (std::size_t field = 0; field < header.field_count; ++field) {
    const std::string_view column_name = names[field];
    if (column_name.empty()) {
      errors.Add(1, "", {"column ", std::to_string(field + 1), " has no name"});
      continue;
    }
    std::size_t column = 0;
    while (column < columns.size() && columns[column].name != column_name) {
      ++column;
    }
    if (column == columns.size()) {
      errors.Add(1, ShownValue(column_name), {"unknown column"});
    } else if (table.field_of_column_[column] != kAbsent) {
      errors.Add(1, column_name, {"duplicate column"});
    } else {
      table.field_of_column_[column] = field;
    }
  }
  bool readable = true;
  for (std::size_t column = 0; column < columns.size(); ++column) {
    if (table.field_of_column_[column] != kAbsent) {
      continue;
    }
    table.field_of_column_[column] = table.field_count_;  // the always-empty slot
    if (columns[column].required) {
      errors.Add(1, columns[column].name, {"required column is missing"});
      readable = false;
    }
  }
  if (!readable) {
    return std::nullopt;
  }
  table.rows_begin_ = cursor.Position();
  table.rows_end_ = end;
  return table;
}

bool TableFile::CheckShape(const CsvLine& line, std::int64_t line_number, RowErrors& errors) const {
  if (line.blank) {
    errors.Add(line_number, "", {"blank line"});
    return false;
  }
  if (line.problem != CsvProblem::kNone) {
    const std::string column =
        line.problem_field < field_count_ ? ShownValue(header_names_[line.problem_field]) : "";
    errors.Add(line_number, column, {CsvProblemText(line.problem)});
    return false;
  }
  if (line.field_count != field_count_) {
    errors.Add(line_number, "",
               {"has ", std::to_string(line.field_count), " fields; the header has ",
                std::to_string(field_count_)});
    return false;
  }
  return true;
}

std::size_t EstimateRows(const char* begin, const char* end) {
  const auto size = static_cast<std::size_t>(end - begin);
  const std::size_t sample = std::min(size, kSampleBytes);
  const auto lines = static_cast<std::size_t>(std::count(begin, begin + sample, '\n')) + 1;
  return size / std::max<std::size_t>(sample / lines, 1) * 21 / 20 + 16;
}

}  // namespace lcn::extract
