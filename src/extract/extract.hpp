// SPDX-License-Identifier: Apache-2.0
//
// The in-memory form of one GP or hospital extract folder (docs/extract-format.md), as the
// case-finding engine consumes it: patients, and compact coded events, medication issues and
// hospital encounters that refer to a patient by index. Dates are days since 1970-01-01
// (extract/day.hpp). Plain values; no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/kinds.hpp"

namespace lcn::extract {

struct Patient {
  std::string patient_id;                 // the extract's own identifier, unique in the extract
  std::optional<std::string> nhs_number;  // 10 digits, valid check digit
  std::int32_t birth_day = 0;
  domain::Sex sex = domain::Sex::kUnknown;
  std::string practice;                 // ODS code of the registered GP practice
  std::optional<std::string> postcode;  // as given
  std::optional<std::int32_t> death_day;
  std::optional<std::string> care_home;  // ODS code
  // Names, when the extract is identifiable (an LCN extension; pseudonymised extracts omit them).
  std::optional<std::string> given_name;
  std::optional<std::string> family_name;
};

// One coded clinical event (diagnosis, observation, procedure), with its numeric value if any.
struct Event {
  std::uint32_t patient = 0;  // index into Extract::patients
  std::int64_t code = 0;      // SNOMED CT concept id
  std::int32_t day = 0;
  float value = 0.0F;  // NaN when absent
};

// One medication issue.
struct Medication {
  std::uint32_t patient = 0;  // index into Extract::patients
  std::int64_t code = 0;      // dm+d / SNOMED CT concept id
  std::int32_t day = 0;       // issue date
};

enum class EncounterType { kEmergencyAdmission, kAeAttendance, kElectiveAdmission, kOutpatient };

// The wire name: "emergency_admission", "ae_attendance", "elective_admission", "outpatient".
std::string_view EncounterTypeName(EncounterType type);

// The EncounterType named `name` (exact, lower case); std::nullopt otherwise.
[[nodiscard]] std::optional<EncounterType> ParseEncounterType(std::string_view name);

// One hospital encounter. end_day is absent for an open admission or a single-day attendance.
struct Encounter {
  std::uint32_t patient = 0;  // index into Extract::patients
  EncounterType type = EncounterType::kOutpatient;
  std::int32_t start_day = 0;
  std::optional<std::int32_t> end_day;
};

// A whole extract. Rows keep the order of their files; exact duplicate rows are kept.
struct Extract {
  std::vector<Patient> patients;
  std::vector<Event> events;
  std::vector<Medication> medications;
  std::vector<Encounter> encounters;
};

}  // namespace lcn::extract
