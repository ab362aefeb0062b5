// SPDX-License-Identifier: Apache-2.0
#include "casefinding/definitions/code_list_csv.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>

#include "casefinding/definitions/sctid.hpp"

namespace lcn::casefinding {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::size_t kMaxProblemsPerFile = 20;

struct CsvField {
  std::string text;
  std::size_t column = 1;  // 1-based character column where the field starts
};

// Splits one line into fields. Returns std::nullopt (and sets `problem`) on a malformed quote.
std::optional<std::vector<CsvField>> SplitLine(std::string_view line, std::string& problem,
                                               std::size_t& problem_column) {
  std::vector<CsvField> fields;
  std::size_t i = 0;
  while (true) {
    CsvField field;
    field.column = i + 1;
    if (i < line.size() && line[i] == '"') {
      ++i;
      bool closed = false;
      while (i < line.size()) {
        if (line[i] == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
            field.text.push_back('"');
            i += 2;
            continue;
          }
          closed = true;
          ++i;
          break;
        }
        field.text.push_back(line[i++]);
      }
      if (!closed) {
        problem = "unterminated quoted field";
        problem_column = field.column;
        return std::nullopt;
      }
      if (i < line.size() && line[i] != ',') {
        problem = "unexpected text after a quoted field";
        problem_column = i + 1;
        return std::nullopt;
      }
    } else {
      while (i < line.size() && line[i] != ',') {
        if (line[i] == '"') {
          problem = "a quote inside an unquoted field";
          problem_column = i + 1;
          return std::nullopt;
        }
        field.text.push_back(line[i++]);
      }
    }
    fields.push_back(std::move(field));
    if (i >= line.size()) {
      return fields;
    }
    ++i;  // the comma
  }
}

std::string Location(const std::string& file, std::size_t line, std::size_t column) {
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

}  // namespace

std::vector<ConceptId> ParseCodeListCsv(std::string_view text, const std::string& file,
                                        IssueCollector& issues, bool allow_empty) {
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
    text.remove_prefix(kUtf8Bom.size());
  }
  std::vector<ConceptId> codes;
  std::size_t expected_columns = 0;
  std::size_t line_number = 0;
  std::size_t problems = 0;
  bool header_seen = false;
  while (!text.empty() && problems < kMaxProblemsPerFile) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      continue;
    }
    std::string problem;
    std::size_t problem_column = 1;
    const auto fields = SplitLine(line, problem, problem_column);
    if (!fields) {
      issues.Add(Location(file, line_number, problem_column), problem);
      ++problems;
      continue;
    }
    if (!header_seen) {
      header_seen = true;
      const bool two = fields->size() == 2;
      const bool three = fields->size() == 3 && (*fields)[2].text == "source";
      if ((!two && !three) || (*fields)[0].text != "code" || (*fields)[1].text != "term") {
        issues.Add(Location(file, line_number, 1),
                   "the header must be 'code,term' or 'code,term,source'");
        return {};
      }
      expected_columns = fields->size();
      continue;
    }
    if (fields->size() != expected_columns) {
      issues.Add(Location(file, line_number, 1), "expected " + std::to_string(expected_columns) +
                                                     " columns, found " +
                                                     std::to_string(fields->size()));
      ++problems;
      continue;
    }
    const CsvField& code = (*fields)[0];
    const auto id = ParseConceptId(code.text, &problem);
    if (!id) {
      issues.Add(Location(file, line_number, code.column), "code '" + code.text + "' " + problem);
      ++problems;
      continue;
    }
    codes.push_back(*id);
  }
  if (problems >= kMaxProblemsPerFile && !text.empty()) {
    issues.Add(file, "stopped after " + std::to_string(kMaxProblemsPerFile) + " problems");
    return {};
  }
  if (!header_seen) {
    issues.Add(Location(file, 1, 1), "the file is empty; it needs the header 'code,term'");
    return {};
  }
  if (codes.empty() && problems == 0 && !allow_empty) {
    issues.Add(file, "the list has no codes");
  }
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  return codes;
}

}  // namespace lcn::casefinding
