// SPDX-License-Identifier: Apache-2.0
//
// Population: an immutable, columnar snapshot of everyone the case-finding engine looks at.
// People are rows 0..Size()-1; their coded events, medication issues and encounters are stored
// as compressed sparse rows (one offsets array, then parallel columns sorted by person and
// day), so that one person's history is a contiguous slice. Codes are stored as indexes into a
// concept dictionary. An event costs 12 bytes (code index, day, value); a medication issue 8.
// Build it with PopulationBuilder; share it as std::shared_ptr<const Population>. Thread-safe
// to read.
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <vector>

#include "casefinding/rule.hpp"
#include "domain/kinds.hpp"

namespace lcn::casefinding {

// Days since 1970-01-01 (UTC calendar days).
using Day = std::int32_t;

constexpr Day kNoDay = std::numeric_limits<Day>::max();

enum class EncounterKind : std::uint8_t {
  kEmergencyAdmission,
  kAeAttendance,
  kElectiveAdmission,
  kOutpatient
};

struct Population {
  // Per person.
  std::vector<std::string> patient_ids;  // from the source extract or the store
  std::vector<Day> birth_day;
  std::vector<Day> death_day;  // kNoDay when alive
  std::vector<domain::Sex> sex;
  std::vector<std::uint32_t> practice;  // index into practices
  std::vector<std::uint8_t> care_home;  // 1 when resident in a care home
  std::vector<std::string> practices;   // ODS codes

  // Coded events (diagnoses, observations, procedures), sorted by (person, day).
  std::vector<std::uint32_t> event_offsets;  // Size() + 1 entries
  std::vector<std::uint32_t> event_code;     // index into concepts
  std::vector<Day> event_day;
  std::vector<float> event_value;  // NaN when absent

  // Medication issues, sorted by (person, day).
  std::vector<std::uint32_t> medication_offsets;
  std::vector<std::uint32_t> medication_code;
  std::vector<Day> medication_day;

  // Encounters, sorted by (person, start day).
  std::vector<std::uint32_t> encounter_offsets;
  std::vector<EncounterKind> encounter_kind;
  std::vector<Day> encounter_day;

  // The distinct concept ids used by events and medications; codes index into it.
  std::vector<ConceptId> concepts;

  std::size_t Size() const { return birth_day.size(); }

  std::size_t EventCount() const { return event_code.size(); }

  // Bytes of the columns' rows, for the memory budget: what the population occupies. Loaders
  // reserve room ahead (ReservedBytes); room never written is address space, not memory.
  std::size_t MemoryBytes() const;

  // Bytes of the columns' capacity: MemoryBytes plus the room reserved and not used.
  std::size_t ReservedBytes() const;
};

}  // namespace lcn::casefinding
