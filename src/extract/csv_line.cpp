// SPDX-License-Identifier: Apache-2.0
//
// The CSV line scanner (RFC 4180 fields, one physical line per record).
#include "extract/csv_line.hpp"

namespace lcn::extract {
namespace {

// True when `p` is at the end of the line: the end, "\n", or "\r" before either.
bool AtLineEnd(const char* p, const char* end) {
  return p == end || *p == '\n' || (*p == '\r' && (p + 1 == end || p[1] == '\n'));
}

}  // namespace

std::string_view CsvProblemText(CsvProblem problem) {
  switch (problem) {
    case CsvProblem::kNone:
      return "";
    case CsvProblem::kUnterminatedQuote:
      return "unterminated quoted field (line breaks inside fields are not allowed)";
    case CsvProblem::kTextAfterClosingQuote:
      return "text after the closing quote of a quoted field";
    case CsvProblem::kQuoteInUnquotedField:
      return "quote inside an unquoted field (quote the whole field and double the quote)";
  }
  return "";
}

CsvLine CsvCursor::Next(std::span<std::string_view> fields) {
  CsvLine line;
  char* p = pos_;
  const char* const line_start = p;
  const auto note = [&line](CsvProblem problem) {
    if (line.problem == CsvProblem::kNone) {
      line.problem = problem;
      line.problem_field = line.field_count;
    }
  };
  for (;;) {
    std::string_view value;
    if (p != end_ && *p == '"') {
      char* const start = p;
      char* out = p;
      ++p;
      bool closed = false;
      while (p != end_ && *p != '\n') {
        if (*p == '"') {
          if (p + 1 != end_ && p[1] == '"') {
            *out++ = '"';
            p += 2;
            continue;
          }
          ++p;
          closed = true;
          break;
        }
        *out++ = *p++;
      }
      value = std::string_view(start, static_cast<std::size_t>(out - start));
      if (!closed) {
        note(CsvProblem::kUnterminatedQuote);
      } else if (p != end_ && *p != ',' && !AtLineEnd(p, end_)) {
        note(CsvProblem::kTextAfterClosingQuote);
        while (p != end_ && *p != ',' && *p != '\n') {
          ++p;
        }
      }
      if (p != end_ && *p == '\r' && AtLineEnd(p, end_)) {
        ++p;
      }
    } else {
      char* const start = p;
      while (p != end_ && *p != ',' && *p != '\n') {
        if (*p == '"') {
          note(CsvProblem::kQuoteInUnquotedField);
        }
        ++p;
      }
      char* value_end = p;
      if (value_end != start && value_end[-1] == '\r' && (p == end_ || *p == '\n')) {
        --value_end;
      }
      value = std::string_view(start, static_cast<std::size_t>(value_end - start));
    }
    if (line.field_count < fields.size()) {
      fields[line.field_count] = value;
    }
    ++line.field_count;
    if (p != end_ && *p == ',') {
      ++p;
      continue;
    }
    break;
  }
  line.blank = line.field_count == 1 && !fields.empty() && fields[0].empty() &&
               line.problem == CsvProblem::kNone && *line_start != '"';
  if (p != end_) {
    ++p;  // the '\n'
  }
  pos_ = p;
  return line;
}

char* TrimTrailingLineBreaks(char* begin, char* end) {
  while (end != begin && (end[-1] == '\n' || end[-1] == '\r')) {
    --end;
  }
  return end;
}

}  // namespace lcn::extract
