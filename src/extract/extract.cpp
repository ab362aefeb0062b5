// SPDX-License-Identifier: Apache-2.0
//
// Wire names of the extract's closed vocabularies.
#include "extract/extract.hpp"

#include <array>
#include <utility>

namespace lcn::extract {
namespace {

constexpr std::array<std::pair<EncounterType, std::string_view>, 4> kEncounterTypes = {{
    {EncounterType::kEmergencyAdmission, "emergency_admission"},
    {EncounterType::kAeAttendance, "ae_attendance"},
    {EncounterType::kElectiveAdmission, "elective_admission"},
    {EncounterType::kOutpatient, "outpatient"},
}};

}  // namespace

std::string_view EncounterTypeName(EncounterType type) {
  for (const auto& [value, name] : kEncounterTypes) {
    if (value == type) {
      return name;
    }
  }
  return "unknown";
}

std::optional<EncounterType> ParseEncounterType(std::string_view name) {
  for (const auto& [value, wire] : kEncounterTypes) {
    if (wire == name) {
      return value;
    }
  }
  return std::nullopt;
}

}  // namespace lcn::extract
