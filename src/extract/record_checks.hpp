// SPDX-License-Identifier: Apache-2.0
//
// Checks shared by the files of dated records about a patient (events, medications,
// encounters): resolving patient_id against patients.csv, and a record's date. Both report
// into RowErrors and allocate nothing on the happy path. Thread-compatible: use one
// PatientResolver per thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "extract/patient_table.hpp"
#include "extract/row_errors.hpp"

namespace lcn::extract {

// Resolves patient_id fields, remembering the last one: extracts are usually grouped by
// patient, so most rows skip the hash lookup.
class PatientResolver {
 public:
  // REQUIRES: `patients` outlives the resolver.
  explicit PatientResolver(const PatientTable& patients) : patients_(patients) {}

  // The patient with id `id`, or nullptr after reporting it (to `errors`, at `line`) as
  // missing or unknown. When patients.csv could not be read, every id resolves to an entry
  // with kRefusedPatient and kUnknownBirthDay, since nothing can be said about it.
  const PatientRef* Resolve(std::string_view id, std::int64_t line, RowErrors& errors);

 private:
  const PatientTable& patients_;
  std::string_view last_id_;
  const PatientRef* last_ = nullptr;
};

// Checks the date of a record in `column` ("date", "start_date", "end_date"): given when
// `required`, YYYY-MM-DD, not after `today_day`, not before `birth_day`. Returns the day, or
// std::nullopt when absent or refused; `valid` is set false when refused.
std::optional<std::int32_t> CheckRecordDay(std::string_view text, std::string_view column,
                                           bool required, std::int32_t birth_day,
                                           std::int32_t today_day, std::int64_t line,
                                           RowErrors& errors, bool& valid);

}  // namespace lcn::extract
