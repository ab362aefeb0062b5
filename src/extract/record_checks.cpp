// SPDX-License-Identifier: Apache-2.0
//
// Patient and date checks for records.
#include "extract/record_checks.hpp"

#include "extract/day.hpp"

namespace lcn::extract {
namespace {

constexpr PatientRef kUncheckedPatient{};

}  // namespace

const PatientRef* PatientResolver::Resolve(std::string_view id, std::int64_t line,
                                           RowErrors& errors) {
  if (last_ != nullptr && id == last_id_) {
    return last_;
  }
  if (id.empty()) {
    errors.Add(line, "patient_id", {"is required"});
    return nullptr;
  }
  if (!patients_.Usable()) {
    return &kUncheckedPatient;
  }
  const PatientRef* ref = patients_.Find(id);
  if (ref == nullptr) {
    errors.Add(line, "patient_id", {"unknown patient (not in patients.csv)"});
    return nullptr;
  }
  last_id_ = id;
  last_ = ref;
  return ref;
}

std::optional<std::int32_t> CheckRecordDay(std::string_view text, std::string_view column,
                                           bool required, std::int32_t birth_day,
                                           std::int32_t today_day, std::int64_t line,
                                           RowErrors& errors, bool& valid) {
  if (text.empty()) {
    if (required) {
      errors.Add(line, column, {"is required"});
      valid = false;
    }
    return std::nullopt;
  }
  const std::optional<std::int32_t> day = ParseDay(text);
  if (!day) {
    errors.AddQuoted(line, column, text, "is not a date (YYYY-MM-DD)");
  } else if (*day > today_day) {
    errors.Add(line, column, {text, " is in the future"});
  } else if (*day < birth_day) {
    errors.Add(line, column, {text, " is before the patient's birth date"});
  } else {
    return day;
  }
  valid = false;
  return std::nullopt;
}

}  // namespace lcn::extract
