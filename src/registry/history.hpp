// SPDX-License-Identifier: Apache-2.0
//
// One person's clinical history as the register keeps it: the coded events, medication issues
// and hospital encounters of the latest extract that included them, plus anything added since
// through the API. Dates are days since 1970-01-01. Plain values.
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

#include "extract/extract.hpp"

namespace lcn::registry {

struct CodedEntry {
  std::int64_t code = 0;  // SNOMED CT concept id
  std::int32_t day = 0;
  float value = std::nanf("");  // NaN when absent

  bool HasValue() const { return !std::isnan(value); }
};

struct MedicationEntry {
  std::int64_t code = 0;  // dm+d / SNOMED CT concept id
  std::int32_t day = 0;   // issue date
};

struct EncounterEntry {
  extract::EncounterType type = extract::EncounterType::kOutpatient;
  std::int32_t start_day = 0;
  std::optional<std::int32_t> end_day;
};

struct History {
  std::vector<CodedEntry> events;
  std::vector<MedicationEntry> medications;
  std::vector<EncounterEntry> encounters;
};

}  // namespace lcn::registry
