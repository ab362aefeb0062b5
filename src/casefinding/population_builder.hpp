// SPDX-License-Identifier: Apache-2.0
//
// PopulationBuilder collects people and their events in any order and builds the columnar
// Population: histories grouped per person and ordered by day then code, concept ids interned
// into a dictionary. Rows added in person order (as the loaders add them) are grouped in place,
// without a copy of the columns.
// Exact duplicate rows (same person, code, day and, for events, value) are kept once: extracts
// repeat rows, and a repeated row is not a second prescription or a second fall. Used by the
// extract and store loaders, the demo generator, tests and benchmarks. Not thread-safe.
#pragma once

#include <cmath>
#include <string>
#include <unordered_map>

#include "casefinding/concept_interner.hpp"
#include "casefinding/population.hpp"
#include "casefinding/row_owners.hpp"

namespace lcn::casefinding {

class PopulationBuilder {
 public:
  // Reserves room for about `people` people and `events` events (and, when known, medications
  // and encounters), so that the columns are not copied as they grow. Room reserved beyond what
  // is used is address space, not memory.
  void Reserve(std::size_t people, std::size_t events, std::size_t medications = 0,
               std::size_t encounters = 0);

  // Adds a person; returns their row. `practice` is an ODS code.
  std::uint32_t AddPerson(std::string patient_id, Day birth_day, domain::Sex sex,
                          const std::string& practice, bool care_home, Day death_day = kNoDay);

  // REQUIRES: person < number of people added.
  void AddEvent(std::uint32_t person, ConceptId code, Day day, float value = std::nanf(""));

  void AddMedication(std::uint32_t person, ConceptId code, Day day);

  void AddEncounter(std::uint32_t person, EncounterKind kind, Day day);

  // Builds the population; the builder is empty afterwards.
  Population Build();

 private:
  Population p_;
  ConceptInterner concepts_;
  std::unordered_map<std::string, std::uint32_t> practice_index_;
  RowOwners event_owners_, medication_owners_, encounter_owners_;
};

}  // namespace lcn::casefinding
