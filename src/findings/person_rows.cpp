// SPDX-License-Identifier: Apache-2.0
#include "findings/person_rows.hpp"

#include <algorithm>
#include <chrono>

namespace lcn::findings {
namespace {

template <typename T>
void Put(std::vector<T>& column, std::size_t row, T value) {
  if (row == column.size()) {
    column.push_back(std::move(value));
  } else {
    column[row] = std::move(value);
  }
}

}  // namespace

std::string_view ExclusionReason(Exclusion e) {
  switch (e) {
    case Exclusion::kNone:
      return "";
    case Exclusion::kDied:
      return "died";
    case Exclusion::kLeft:
      return "left the practice";
    case Exclusion::kEnrolled:
      return "enrolled";
    case Exclusion::kDeclined:
      return "declined";
    case Exclusion::kRemoved:
      return "no longer in the register";
  }
  return "";
}

int AgeAt(casefinding::Day birth, casefinding::Day as_of) {
  namespace chr = std::chrono;
  const chr::year_month_day b{chr::sys_days{chr::days{birth}}};
  const chr::year_month_day n{chr::sys_days{chr::days{as_of}}};
  int years = static_cast<int>(n.year()) - static_cast<int>(b.year());
  if (n.month() < b.month() || (n.month() == b.month() && n.day() < b.day())) {
    --years;
  }
  return years;
}

std::uint32_t PersonRows::PracticeIndex(const std::string& ods) {
  const auto [it, added] =
      practice_index.try_emplace(ods, static_cast<std::uint32_t>(practices.size()));
  if (added) {
    practices.push_back(ods);
  }
  return it->second;
}

void PersonRows::Reserve(std::size_t people) {
  person.reserve(people);
  practice.reserve(people);
  age.reserve(people);
  sex.reserve(people);
  care_home.reserve(people);
  exclusion.reserve(people);
  row_of.reserve(people);
}

void PersonRows::Set(std::uint32_t row, PersonId id, const casefinding::Population& population,
                     std::uint32_t p, casefinding::Day as_of, Exclusion exclusion_value) {
  Put(person, row, id);
  Put(practice, row, PracticeIndex(population.practices[population.practice[p]]));
  Put(age, row,
      static_cast<std::uint8_t>(std::clamp(AgeAt(population.birth_day[p], as_of), 0, 255)));
  Put(sex, row, population.sex[p]);
  Put(care_home, row, population.care_home[p]);
  if (exclusion_value == Exclusion::kNone && population.death_day[p] <= as_of) {
    exclusion_value = Exclusion::kDied;
  }
  Put(exclusion, row, exclusion_value);
  row_of[id.Value()] = row;
}

void CopyResults(const casefinding::Results& source, std::size_t from, casefinding::Results& target,
                 std::size_t to) {
  for (std::size_t s = 0; s < target.condition_bits.size(); ++s) {
    Put(target.condition_bits[s], to, source.condition_bits[s][from]);
  }
  Put(target.efi_deficits, to, source.efi_deficits[from]);
  Put(target.emergency_admissions, to, source.emergency_admissions[from]);
  Put(target.cohort_bits, to, source.cohort_bits[from]);
}

}  // namespace lcn::findings
