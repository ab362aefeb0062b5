// SPDX-License-Identifier: Apache-2.0
#include "casefinding/population_builder.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/error.hpp"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace lcn::casefinding {
namespace {

// Asks the kernel to back a reserved column with huge pages where it can (Linux with
// transparent huge pages in "madvise" mode): filling a 2 GB population then takes about a
// thousand page faults instead of half a million. Only advice: nothing changes where the kernel
// does not take it.
template <typename T>
void AdviseHugePages(const std::vector<T>& column) {
#if defined(__linux__)
  constexpr std::uintptr_t kPage = 4096;
  constexpr std::size_t kWorthIt = std::size_t{8} << 20;
  const auto begin = reinterpret_cast<std::uintptr_t>(column.data());
  const std::uintptr_t end = begin + column.capacity() * sizeof(T);
  const std::uintptr_t first = (begin + kPage - 1) & ~(kPage - 1);
  const std::uintptr_t last = end & ~(kPage - 1);
  if (last > first && last - first >= kWorthIt) {
    (void)madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
  }
#else
  (void)column;
#endif
}

template <typename T>
void Permute(std::vector<T>& column, const std::vector<std::uint32_t>& order) {
  std::vector<T> out;
  out.reserve(order.size());
  for (const auto row : order) {
    out.push_back(column[row]);
  }
  column = std::move(out);
}

// Puts one person's rows [begin, end) of every column in the order of `slice` (those rows,
// sorted).
template <typename T>
void PermuteSlice(std::vector<T>& column, const std::vector<std::uint32_t>& slice,
                  std::size_t begin) {
  std::vector<T> sorted;
  sorted.reserve(slice.size());
  for (const auto row : slice) {
    sorted.push_back(column[row]);
  }
  std::copy(sorted.begin(), sorted.end(), column.begin() + static_cast<std::ptrdiff_t>(begin));
}

// Groups a table's rows by person, orders each person's rows by `before` (day, then code;
// stable), and drops exact duplicates (`same`), in the columns themselves. Fills `offsets`
// (people + 1 entries). Loaders add rows in person order and histories mostly in day order, so
// usually nothing moves but the rows after a dropped duplicate.
template <typename Before, typename Same, typename... T>
void GroupRows(const RowOwners& owners, std::size_t people, std::vector<std::uint32_t>& offsets,
               Before before, Same same, std::vector<T>&... columns) {
  std::vector<std::uint32_t> order;
  const std::vector<std::uint32_t> start = owners.Group(people, order);
  if (!owners.InOrder()) {
    (Permute(columns, order), ...);
  }
  offsets.assign(people + 1, 0);
  std::vector<std::uint32_t> slice;
  std::size_t kept = 0;
  for (std::size_t p = 0; p < people; ++p) {
    const std::size_t begin = start[p];
    const std::size_t end = start[p + 1];
    bool sorted = true;
    for (std::size_t r = begin + 1; r < end && sorted; ++r) {
      sorted = !before(r, r - 1);
    }
    if (!sorted) {
      slice.resize(end - begin);
      std::iota(slice.begin(), slice.end(), static_cast<std::uint32_t>(begin));
      std::stable_sort(slice.begin(), slice.end(), before);
      (PermuteSlice(columns, slice, begin), ...);
    }
    for (std::size_t r = begin; r < end; ++r) {
      if (kept > offsets[p] && same(kept - 1, r)) {
        continue;  // an exact duplicate of the row kept before it
      }
      if (kept != r) {
        ((columns[kept] = columns[r]), ...);
      }
      ++kept;
    }
    offsets[p + 1] = static_cast<std::uint32_t>(kept);
  }
  (columns.resize(kept), ...);
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
  p_.event_code.reserve(events);
  p_.event_day.reserve(events);
  p_.event_value.reserve(events);
  p_.medication_code.reserve(medications);
  p_.medication_day.reserve(medications);
  p_.encounter_kind.reserve(encounters);
  p_.encounter_day.reserve(encounters);
  AdviseHugePages(p_.event_code);
  AdviseHugePages(p_.event_day);
  AdviseHugePages(p_.event_value);
  AdviseHugePages(p_.medication_code);
  AdviseHugePages(p_.medication_day);
  AdviseHugePages(p_.encounter_kind);
  AdviseHugePages(p_.encounter_day);
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

void PopulationBuilder::AddEvent(std::uint32_t person, ConceptId code, Day day, float value) {
  LCN_CHECK(person < p_.birth_day.size());
  event_owners_.Add(person);
  p_.event_code.push_back(concepts_.Intern(code));
  p_.event_day.push_back(day);
  p_.event_value.push_back(value);
}

void PopulationBuilder::AddMedication(std::uint32_t person, ConceptId code, Day day) {
  LCN_CHECK(person < p_.birth_day.size());
  medication_owners_.Add(person);
  p_.medication_code.push_back(concepts_.Intern(code));
  p_.medication_day.push_back(day);
}

void PopulationBuilder::AddEncounter(std::uint32_t person, EncounterKind kind, Day day) {
  LCN_CHECK(person < p_.birth_day.size());
  encounter_owners_.Add(person);
  p_.encounter_kind.push_back(kind);
  p_.encounter_day.push_back(day);
}

Population PopulationBuilder::Build() {
  const std::size_t people = p_.Size();
  // Rows order by (day, kind or code); exact duplicates share both, and for events the value.
  const auto before = [](const auto& day, const auto& key) {
    return [&day, &key](std::size_t a, std::size_t b) {
      return day[a] != day[b] ? day[a] < day[b] : key[a] < key[b];
    };
  };
  const auto same = [](const auto& day, const auto& key) {
    return
        [&day, &key](std::size_t a, std::size_t b) { return day[a] == day[b] && key[a] == key[b]; };
  };
  const auto& values = p_.event_value;
  const auto same_event = [same_key = same(p_.event_day, p_.event_code), &values](std::size_t a,
                                                                                  std::size_t b) {
    const float x = values[a], y = values[b];
    return same_key(a, b) && (x == y || (std::isnan(x) && std::isnan(y)));
  };
  GroupRows(event_owners_, people, p_.event_offsets, before(p_.event_day, p_.event_code),
            same_event, p_.event_code, p_.event_day, p_.event_value);
  GroupRows(medication_owners_, people, p_.medication_offsets,
            before(p_.medication_day, p_.medication_code),
            same(p_.medication_day, p_.medication_code), p_.medication_code, p_.medication_day);
  GroupRows(encounter_owners_, people, p_.encounter_offsets,
            before(p_.encounter_day, p_.encounter_kind), same(p_.encounter_day, p_.encounter_kind),
            p_.encounter_kind, p_.encounter_day);
  p_.concepts = concepts_.Take();
  Population out = std::move(p_);
  p_ = Population();
  practice_index_.clear();
  event_owners_.Clear();
  medication_owners_.Clear();
  encounter_owners_.Clear();
  return out;
}

}  // namespace lcn::casefinding
