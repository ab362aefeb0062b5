// SPDX-License-Identifier: Apache-2.0
//
// The per-person columns FindingsService keeps beside the engine's results: who each row is,
// their practice, age, sex, care-home flag and why (if at all) they are off worklists. Internal
// to findings.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "casefinding/population.hpp"
#include "casefinding/results.hpp"
#include "core/ids.hpp"

namespace lcn::findings {

enum class Exclusion : std::uint8_t { kNone, kDied, kLeft, kEnrolled, kDeclined, kRemoved };

std::string_view ExclusionReason(Exclusion e);

// Whole years from `birth` to `as_of` (both days since 1970-01-01).
int AgeAt(casefinding::Day birth, casefinding::Day as_of);

struct PersonRows {
  std::vector<PersonId> person;
  std::vector<std::uint32_t> practice;  // index into practices
  std::vector<std::uint8_t> age;        // at as_of, capped at 255
  std::vector<domain::Sex> sex;
  std::vector<std::uint8_t> care_home;
  std::vector<Exclusion> exclusion;
  std::vector<std::string> practices;  // ODS codes
  std::unordered_map<std::string, std::uint32_t> practice_index;
  std::unordered_map<std::int64_t, std::uint32_t> row_of;  // person id -> row

  std::uint32_t PracticeIndex(const std::string& ods);

  // Room for `people` rows, so that loading a register does not grow the columns and rehash.
  void Reserve(std::size_t people);

  // Sets row `row` (appending when row == size) from person `p` of `population`.
  void Set(std::uint32_t row, PersonId id, const casefinding::Population& population,
           std::uint32_t p, casefinding::Day as_of, Exclusion exclusion);

  std::size_t Size() const { return person.size(); }
};

// Copies person `from` of `source` results into row `to` of `target` (appending when `to` is
// target's size).
void CopyResults(const casefinding::Results& source, std::size_t from, casefinding::Results& target,
                 std::size_t to);

}  // namespace lcn::findings
