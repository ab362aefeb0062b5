// SPDX-License-Identifier: Apache-2.0
//
// CsvCursor splits a mutable buffer of CSV text into lines and fields without allocating:
// fields are std::string_views into the buffer, and quoted fields ("a, ""b""") are unquoted in
// place. One call handles exactly one physical line: a line break never belongs to a field, so
// a file can be split at any line break and its parts scanned independently (a quoted field
// that runs to the end of its line is reported as unterminated). A "\r" before a line break or
// the end is dropped (CRLF files). Thread-compatible; the buffer must outlive the views.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace lcn::extract {

enum class CsvProblem {
  kNone,
  kUnterminatedQuote,      // a quoted field runs to the end of its line
  kTextAfterClosingQuote,  // "ab"c
  kQuoteInUnquotedField,   // ab"c
};

// What CsvCursor::Next found on one line.
struct CsvLine {
  std::size_t field_count = 0;  // fields on the line, including those past the span's capacity
  bool blank = false;           // the line had no characters at all
  CsvProblem problem = CsvProblem::kNone;  // the first problem on the line
  std::size_t problem_field = 0;           // the 0-based field the problem is in
};

// A short description such as "unterminated quoted field"; "" for kNone.
std::string_view CsvProblemText(CsvProblem problem);

class CsvCursor {
 public:
  // Scans [begin, end). REQUIRES: begin <= end, both in one writable buffer.
  CsvCursor(char* begin, char* end) : pos_(begin), end_(end) {}

  // True when every line has been returned.
  bool Done() const { return pos_ == end_; }

  // Where the next line starts.
  char* Position() const { return pos_; }

  // Splits the next line into `fields` (only the first fields.size() are stored; the rest are
  // counted) and moves past its line break. REQUIRES: !Done().
  CsvLine Next(std::span<std::string_view> fields);

 private:
  char* pos_;
  char* end_;
};

// Returns the end of [begin, end) with any trailing "\n" and "\r" characters removed, so that
// blank lines at the end of a file are not rows.
char* TrimTrailingLineBreaks(char* begin, char* end);

}  // namespace lcn::extract
