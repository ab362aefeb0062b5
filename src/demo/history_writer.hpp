// SPDX-License-Identifier: Apache-2.0
//
// HistoryWriter writes the whole record of one synthetic person: their extract row, their
// health (DrawHealth), the records behind each condition and eFI deficit they have (RuleRecords,
// with lapsed records for some who do not), care-home residence, background records and hospital
// encounters. Person i draws only from random stream i of the seed, so a person's record does
// not depend on anyone else's, on chunking or on threads. Immutable after construction;
// Write is thread-safe for distinct output objects.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "demo/care_homes.hpp"
#include "demo/geography.hpp"
#include "demo/health_draw.hpp"
#include "demo/history_model.hpp"
#include "demo/people.hpp"
#include "demo/person_records.hpp"
#include "extract/extract.hpp"

namespace lcn::demo {

class HistoryWriter {
 public:
  // Keeps a reference to `model`, which must outlive the writer.
  HistoryWriter(const HistoryModel& model, const GeographyPlan& geography,
                const std::vector<CareHomeSite>& care_homes, std::uint64_t seed,
                std::int32_t as_of_day);

  // Writes person `index` (their position in the population): `patient` gets the extract row
  // (patient_id "P" and eight digits of index + 1), `records` the person's records sorted by day
  // (patient indexes not set), `health` what was drawn. Every record day lies in
  // [birth day, min(death day, as-of day)]. Throws Error(kInternal) for a practice that is not in
  // the geography or a malformed birth date.
  void Write(std::size_t index, const PersonPlan& person, extract::Patient& patient,
             PersonRecords& records, PersonHealth& health) const;

  // The context Write uses for `person` before any draw (death and care home not yet known).
  PersonContext ContextFor(const PersonPlan& person) const;

 private:
  struct Practice {
    double deprivation_shift = 0;
    std::vector<std::size_t> homes;  // indexes into care_homes_ of the practice's network
  };

  const Practice& PracticeOf(const PersonPlan& person) const;
  std::optional<std::size_t> PickHome(const Practice& practice, StreamRandom& random) const;

  const HistoryModel& model_;
  std::vector<CareHomeSite> care_homes_;
  std::map<std::string, Practice, std::less<>> practices_;
  std::uint64_t seed_;
  std::int32_t as_of_;
};

// The whole years between `birth_day` and `day` (the engine's rule: a 29 February birthday
// counts on 1 March in other years).
int AgeOn(std::int32_t birth_day, std::int32_t day);

}  // namespace lcn::demo
