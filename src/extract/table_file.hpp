// SPDX-License-Identifier: Apache-2.0
//
// TableFile is one CSV file of an extract, loaded whole and with its header matched to the
// file's columns: it says, for each expected column, which field of a row holds it. It also
// checks each scanned line's shape (blank lines, quoting, field count). The per-file readers
// (patients_reader, coded_rows_reader, encounters_reader) build on it. Thread-compatible.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/csv_line.hpp"
#include "extract/file_content.hpp"
#include "extract/row_errors.hpp"

namespace lcn::extract {

struct ColumnSpec {
  std::string_view name;
  bool required = true;
};

// The most columns a header may have.
inline constexpr std::size_t kMaxColumns = 32;

// Field storage for one row: one slot per header field plus a last slot that always stays
// empty, which absent optional columns point at.
using RowFields = std::array<std::string_view, kMaxColumns + 1>;

class TableFile {
 public:
  // Loads `dir`/`name` and matches its header to `columns`. Reports the file missing (when
  // `required`) or unreadable, an empty file, and header problems (missing required, unknown,
  // duplicate or empty column names) into `errors`. Returns std::nullopt when the rows cannot
  // be read: the file is absent or unreadable, or a required column is missing.
  static std::optional<TableFile> Open(const std::string& dir, std::string_view name,
                                       std::span<const ColumnSpec> columns, bool required,
                                       RowErrors& errors);

  // The rows after the header, without trailing blank lines.
  char* RowsBegin() const { return rows_begin_; }

  char* RowsEnd() const { return rows_end_; }

  // The line number of the header (1); rows start on FirstRowLine().
  static constexpr std::int64_t FirstRowLine() { return 2; }

  // The number of fields in the header, which every row must have.
  std::size_t FieldCount() const { return field_count_; }

  // The span of `fields` that CsvCursor::Next should fill.
  std::span<std::string_view> Slots(RowFields& fields) const {
    return std::span(fields.data(), field_count_);
  }

  // The field of `fields` holding column `column` (its index in the ColumnSpec span); the
  // empty last slot when the column is absent.
  std::string_view Field(const RowFields& fields, std::size_t column) const {
    return fields[field_of_column_[column]];
  }

  // The header name of the field at `field`.
  std::string_view ColumnName(std::size_t field) const { return header_names_[field]; }

  // Reports what is wrong with the shape of a scanned line and returns false, or returns true
  // when its fields can be checked one by one.
  bool CheckShape(const CsvLine& line, std::int64_t line_number, RowErrors& errors) const;

 private:
  TableFile() = default;

  FileContent content_;
  char* rows_begin_ = nullptr;
  char* rows_end_ = nullptr;
  std::size_t field_count_ = 0;
  std::vector<std::size_t> field_of_column_;    // per ColumnSpec entry
  std::vector<std::string_view> header_names_;  // per header field, into content_
};

// The number of lines in [begin, end), estimated from the length of those in its first 64 KiB,
// with 5% to spare, so that one reserve() nearly always suffices.
std::size_t EstimateRows(const char* begin, const char* end);

}  // namespace lcn::extract
