// SPDX-License-Identifier: Apache-2.0
#include "casefinding/population_builder.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/error.hpp"

namespace lcn::casefinding {
namespace {

// Groups rows by person (counting sort), orders each person's rows by (day, code), and drops
// exact duplicates (same day, code and `same_extra`). Returns the kept rows in order and fills
// `offsets` (people + 1 entries).
template <typename SameExtra>
std::vector<std::uint32_t> GroupByPerson(const std::vector<std::uint32_t>& person,
                                         const std::vector<Day>& day,
                                         const std::vector<std::uint32_t>& code, std::size_t people,
                                         std::vector<std::uint32_t>& offsets,
                                         SameExtra same_extra) {
  std::vector<std::uint32_t> start(people + 1, 0);
  for (const auto p : person) {
    ++start[p + 1];
  }
  std::partial_sum(start.begin(), start.end(), start.begin());
  std::vector<std::uint32_t> order(person.size());
  std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
  for (std::uint32_t row = 0; row < person.size(); ++row) {
    order[next[person[row]]++] = row;
  }
  auto before = [&](std::uint32_t a, std::uint32_t b) {
    return day[a] != day[b] ? day[a] < day[b] : code[a] < code[b];
  };
  offsets.assign(people + 1, 0);
  std::size_t kept = 0;
  for (std::size_t p = 0; p < people; ++p) {
    auto begin = order.begin() + start[p];
    auto end = order.begin() + start[p + 1];
    if (!std::is_sorted(begin, end, before)) {
      std::stable_sort(begin, end, before);
    }
    for (auto it = begin; it != end; ++it) {
      if (it != begin && day[*it] == day[*(it - 1)] && code[*it] == code[*(it - 1)] &&
          same_extra(*it, *(it - 1))) {
        continue;  // an exact duplicate row
      }
      order[kept++] = *it;
    }
    offsets[p + 1] = static_cast<std::uint32_t>(kept);
  }
  order.resize(kept);
  return order;
}

template <typename T>
void Permute(std::vector<T>& column, const std::vector<std::uint32_t>& order) {
  std::vector<T> out(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    out[i] = column[order[i]];
  }
  column = std::move(out);
}

}  // namespace

void PopulationBuilder::Reserve(std::size_t people, std::size_t events, std::size_t medications,
                                std::size_t encounters) {
  p_.birth_day.reserve(people);
  p_.death_day.reserve(people);
  p_.sex.reserve(people);
  p_.practice.reserve(people);
  p_.care_home.reserve(people);
  p_.patient_ids.reserve(people);
  event_person_.reserve(events);
  p_.event_code.reserve(events);
  p_.event_day.reserve(events);
  p_.event_value.reserve(events);
  medication_person_.reserve(medications);
  p_.medication_code.reserve(medications);
  p_.medication_day.reserve(medications);
  encounter_person_.reserve(encounters);
  p_.encounter_kind.reserve(encounters);
  p_.encounter_day.reserve(encounters);
}

std::uint32_t PopulationBuilder::AddPerson(std::string patient_id, Day birth_day, domain::Sex sex,
                                           const std::string& practice, bool care_home,
                                           Day death_day) {
  const auto row = static_cast<std::uint32_t>(p_.birth_day.size());
  auto [it, added] =
      practice_index_.emplace(practice, static_cast<std::uint32_t>(p_.practices.size()));
  if (added) {
    p_.practices.push_back(practice);
  }
  p_.patient_ids.push_back(std::move(patient_id));
  p_.birth_day.push_back(birth_day);
  p_.death_day.push_back(death_day);
  p_.sex.push_back(sex);
  p_.practice.push_back(it->second);
  p_.care_home.push_back(care_home ? 1 : 0);
  return row;
}

std::uint32_t PopulationBuilder::Intern(ConceptId code) {
  auto [it, added] = concept_index_.emplace(code, static_cast<std::uint32_t>(p_.concepts.size()));
  if (added) {
    p_.concepts.push_back(code);
  }
  return it->second;
}

void PopulationBuilder::AddEvent(std::uint32_t person, ConceptId code, Day day, float value) {
  LCN_CHECK(person < p_.birth_day.size());
  event_person_.push_back(person);
  p_.event_code.push_back(Intern(code));
  p_.event_day.push_back(day);
  p_.event_value.push_back(value);
}

void PopulationBuilder::AddMedication(std::uint32_t person, ConceptId code, Day day) {
  LCN_CHECK(person < p_.birth_day.size());
  medication_person_.push_back(person);
  p_.medication_code.push_back(Intern(code));
  p_.medication_day.push_back(day);
}

void PopulationBuilder::AddEncounter(std::uint32_t person, EncounterKind kind, Day day) {
  LCN_CHECK(person < p_.birth_day.size());
  encounter_person_.push_back(person);
  p_.encounter_kind.push_back(kind);
  p_.encounter_day.push_back(day);
}

Population PopulationBuilder::Build() {
  const std::size_t people = p_.Size();
  auto order = GroupByPerson(event_person_, p_.event_day, p_.event_code, people, p_.event_offsets,
                             [this](std::uint32_t a, std::uint32_t b) {
                               const float x = p_.event_value[a], y = p_.event_value[b];
                               return x == y || (std::isnan(x) && std::isnan(y));
                             });
  Permute(p_.event_code, order);
  Permute(p_.event_day, order);
  Permute(p_.event_value, order);
  order = GroupByPerson(medication_person_, p_.medication_day, p_.medication_code, people,
                        p_.medication_offsets, [](std::uint32_t, std::uint32_t) { return true; });
  Permute(p_.medication_code, order);
  Permute(p_.medication_day, order);
  std::vector<std::uint32_t> kinds(p_.encounter_kind.size());
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    kinds[i] = static_cast<std::uint32_t>(p_.encounter_kind[i]);
  }
  order = GroupByPerson(encounter_person_, p_.encounter_day, kinds, people, p_.encounter_offsets,
                        [](std::uint32_t, std::uint32_t) { return true; });
  Permute(p_.encounter_kind, order);
  Permute(p_.encounter_day, order);
  Population out = std::move(p_);
  p_ = Population();
  concept_index_.clear();
  practice_index_.clear();
  event_person_.clear();
  medication_person_.clear();
  encounter_person_.clear();
  return out;
}

}  // namespace lcn::casefinding
