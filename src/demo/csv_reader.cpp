// SPDX-License-Identifier: Apache-2.0
//
// CsvTable: a character-at-a-time RFC 4180 parser.
#include "demo/csv_reader.hpp"

#include "core/error.hpp"

namespace lcn::demo {
namespace {

[[noreturn]] void ThrowMalformed(const std::string& why) {
  throw Error(ErrorCode::kInternal, "malformed CSV in the embedded demo data: " + why);
}

[[noreturn]] void ThrowMalformedAt(const std::string& why, std::size_t line) {
  ThrowMalformed(why + " (line " + std::to_string(line) + ")");
}

// Splits `text` into records of fields.
std::vector<std::vector<std::string>> SplitRecords(std::string_view text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool in_quotes = false;
  bool field_was_quoted = false;
  bool record_has_content = false;
  std::size_t line = 1;

  const auto end_field = [&] {
    record.push_back(std::move(field));
    field.clear();
    field_was_quoted = false;
  };
  const auto end_record = [&] {
    if (record_has_content || !record.empty()) {
      end_field();
      records.push_back(std::move(record));
      record.clear();
    }
    record_has_content = false;
  };

  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') {
          ++line;
        }
        field.push_back(c);
      }
      continue;
    }
    switch (c) {
      case '"':
        if (!field.empty() || field_was_quoted) {
          ThrowMalformedAt("a quote inside an unquoted field", line);
        }
        in_quotes = true;
        field_was_quoted = true;
        record_has_content = true;
        break;
      case ',':
        end_field();
        record_has_content = true;
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') {
          break;  // CRLF: the '\n' ends the record
        }
        ThrowMalformedAt("a carriage return outside quotes", line);
      case '\n':
        end_record();
        ++line;
        break;
      default:
        if (field_was_quoted) {
          ThrowMalformedAt("text after a closing quote", line);
        }
        field.push_back(c);
        record_has_content = true;
        break;
    }
  }
  if (in_quotes) {
    ThrowMalformedAt("an unterminated quoted field", line);
  }
  end_record();
  return records;
}

}  // namespace

CsvTable CsvTable::Parse(std::string_view text) {
  auto records = SplitRecords(text);
  if (records.empty()) {
    ThrowMalformed("no header");
  }
  CsvTable table;
  table.header_ = std::move(records.front());
  for (std::size_t r = 1; r < records.size(); ++r) {
    if (records[r].size() != table.header_.size()) {
      ThrowMalformed("record " + std::to_string(r) + " has " + std::to_string(records[r].size()) +
                     " fields, the header " + std::to_string(table.header_.size()));
    }
    table.rows_.push_back(std::move(records[r]));
  }
  return table;
}

const std::string& CsvTable::Field(std::size_t row, std::string_view column) const {
  return rows_.at(row).at(ColumnIndex(column));
}

std::size_t CsvTable::ColumnIndex(std::string_view column) const {
  for (std::size_t i = 0; i < header_.size(); ++i) {
    if (header_[i] == column) {
      return i;
    }
  }
  throw Error(ErrorCode::kInternal,
              "the embedded demo data has no column \"" + std::string(column) + "\"");
}

}  // namespace lcn::demo
