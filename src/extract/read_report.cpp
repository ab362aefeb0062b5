// SPDX-License-Identifier: Apache-2.0
//
// Formatting of row errors and construction of ExtractError.
#include "extract/read_report.hpp"

#include <utility>

namespace lcn::extract {
namespace {

std::string Summary(const ReadReport& report) {
  std::string text = "the extract is invalid: " + std::to_string(report.error_count) +
                     (report.error_count == 1 ? " error" : " errors");
  if (!report.errors.empty()) {
    text += "; first: " + FormatRowError(report.errors.front());
  }
  return text;
}

std::vector<FieldIssue> IssuesOf(const ReadReport& report) {
  std::vector<FieldIssue> issues;
  issues.reserve(report.errors.size());
  for (const RowError& error : report.errors) {
    std::string field = error.file;
    if (error.line > 0) {
      field += ":" + std::to_string(error.line);
    }
    if (!error.column.empty()) {
      field += ":" + error.column;
    }
    issues.push_back({std::move(field), error.reason});
  }
  return issues;
}

}  // namespace

std::string FormatRowError(const RowError& error) {
  std::string text = error.file;
  if (error.line > 0) {
    text += ":" + std::to_string(error.line);
  }
  text += ": ";
  if (!error.column.empty()) {
    text += error.column + ": ";
  }
  text += error.reason;
  return text;
}

ExtractError::ExtractError(ReadReport report)
    : Error(ErrorCode::kBadRequest, Summary(report), IssuesOf(report)),
      report_(std::move(report)) {}

}  // namespace lcn::extract
