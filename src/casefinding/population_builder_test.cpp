// SPDX-License-Identifier: Apache-2.0
//
// PopulationBuilder groups rows per person, orders them by day then code and keeps exact
// duplicates once, whether rows arrive in person order (grouped in place) or in any order
// (counting sort): both must give the same population.
#include "casefinding/population_builder.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <tuple>

#include <gtest/gtest.h>

namespace lcn::casefinding {
namespace {

struct Row {
  std::uint32_t person;
  ConceptId code;
  Day day;
  float value;
};

// Each person's rows as (day, concept, value) in the population's order. Codes are interned
// in first-seen order, so rows of one day may come in another code order between two builders:
// those are compared as sets.
std::vector<std::tuple<Day, ConceptId, float>> EventsOf(const Population& p, std::size_t person) {
  std::vector<std::tuple<Day, ConceptId, float>> out;
  for (auto i = p.event_offsets[person]; i < p.event_offsets[person + 1]; ++i) {
    out.emplace_back(p.event_day[i], p.concepts[p.event_code[i]],
                     std::isnan(p.event_value[i]) ? -1.0F : p.event_value[i]);
  }
  return out;
}

std::vector<std::tuple<Day, ConceptId>> MedicationsOf(const Population& p, std::size_t person) {
  std::vector<std::tuple<Day, ConceptId>> out;
  for (auto i = p.medication_offsets[person]; i < p.medication_offsets[person + 1]; ++i) {
    out.emplace_back(p.medication_day[i], p.concepts[p.medication_code[i]]);
  }
  return out;
}

template <typename T>
void ExpectSameRows(std::vector<T> a, std::vector<T> b, std::size_t person) {
  ASSERT_TRUE(std::is_sorted(
      a.begin(), a.end(), [](const T& x, const T& y) { return std::get<0>(x) < std::get<0>(y); }))
      << "person " << person << " not in day order";
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  ASSERT_EQ(std::adjacent_find(a.begin(), a.end()), a.end()) << "person " << person;
  ASSERT_EQ(a, b) << "person " << person;
}

void ExpectSamePopulation(const Population& a, const Population& b) {
  ASSERT_EQ(a.Size(), b.Size());
  EXPECT_EQ(a.event_offsets, b.event_offsets);
  EXPECT_EQ(a.medication_offsets, b.medication_offsets);
  for (std::size_t person = 0; person < a.Size(); ++person) {
    ExpectSameRows(EventsOf(a, person), EventsOf(b, person), person);
    ExpectSameRows(MedicationsOf(a, person), MedicationsOf(b, person), person);
  }
}

TEST(PopulationBuilderTest, OrdersEachPersonsRowsByDayAndDropsExactDuplicates) {
  PopulationBuilder b;
  b.AddPerson("a", 0, domain::Sex::kFemale, "A1", false);
  b.AddPerson("b", 0, domain::Sex::kMale, "A1", false);
  b.AddPerson("c", 0, domain::Sex::kMale, "A1", false);
  // In person order, days out of order, one exact duplicate and one near duplicate (value).
  b.AddEvent(0, 11, 30, 1.5F);
  b.AddEvent(0, 10, 20);
  b.AddEvent(0, 11, 30, 1.5F);
  b.AddEvent(0, 11, 30, 2.5F);
  b.AddEvent(0, 10, 20);  // no value twice: one row
  b.AddEvent(2, 12, 5);
  b.AddMedication(0, 50, 7);
  b.AddMedication(0, 50, 7);
  b.AddMedication(2, 51, 3);
  b.AddMedication(2, 50, 1);
  b.AddEncounter(1, EncounterKind::kOutpatient, 9);
  b.AddEncounter(1, EncounterKind::kEmergencyAdmission, 9);
  const Population p = b.Build();

  EXPECT_EQ(p.event_offsets, (std::vector<std::uint32_t>{0, 3, 3, 4}));
  std::vector<Day> days(p.event_day.begin(), p.event_day.end());
  EXPECT_EQ(days, (std::vector<Day>{20, 30, 30, 5}));
  EXPECT_EQ(p.concepts[p.event_code[0]], 10U);
  EXPECT_TRUE(std::isnan(p.event_value[0]));
  EXPECT_EQ(p.event_value[1], 1.5F);
  EXPECT_EQ(p.event_value[2], 2.5F);
  EXPECT_EQ(p.medication_offsets, (std::vector<std::uint32_t>{0, 1, 1, 3}));
  EXPECT_EQ(p.medication_day, (std::vector<Day>{7, 1, 3}));
  EXPECT_EQ(p.encounter_offsets, (std::vector<std::uint32_t>{0, 0, 2, 2}));
  EXPECT_EQ(p.encounter_kind, (std::vector<EncounterKind>{EncounterKind::kEmergencyAdmission,
                                                          EncounterKind::kOutpatient}));
}

TEST(PopulationBuilderTest, RowsInAnyOrderGiveTheSamePopulationAsRowsInPersonOrder) {
  std::mt19937 rng(7);
  constexpr std::uint32_t kPeople = 300;
  std::vector<Row> events, meds;
  for (std::uint32_t person = 0; person < kPeople; ++person) {
    const int n = static_cast<int>(rng() % 12);  // some people have none
    for (int i = 0; i < n; ++i) {
      const Day day = static_cast<Day>(rng() % 20);  // many same-day rows, many duplicates
      const auto code = static_cast<ConceptId>(100 + rng() % 6);
      const float value = rng() % 3 == 0 ? std::nanf("") : static_cast<float>(rng() % 3);
      events.push_back({person, code, day, value});
      if (rng() % 2 == 0) {
        meds.push_back({person, static_cast<ConceptId>(200 + rng() % 3), day, 0});
      }
    }
  }
  auto build = [&](const std::vector<Row>& ev, const std::vector<Row>& md) {
    PopulationBuilder b;
    for (std::uint32_t person = 0; person < kPeople; ++person) {
      b.AddPerson(std::to_string(person), 0, domain::Sex::kUnknown, "A1", false);
    }
    for (const Row& r : ev) {
      b.AddEvent(r.person, r.code, r.day, r.value);
    }
    for (const Row& r : md) {
      b.AddMedication(r.person, r.code, r.day);
    }
    return b.Build();
  };
  const Population in_order = build(events, meds);
  // The same rows with people interleaved at random (each person's rows keep their relative
  // order, as the grouping is stable): the builder must group them by person itself.
  auto shuffled = [&](std::vector<Row> rows) {
    std::vector<std::size_t> idx(rows.size());
    std::iota(idx.begin(), idx.end(), 0);
    std::shuffle(idx.begin(), idx.end(), rng);
    std::vector<std::vector<Row>> per(kPeople);
    for (const Row& r : rows) {
      per[r.person].push_back(r);
    }
    std::vector<std::size_t> next(kPeople, 0);
    std::vector<Row> out;
    for (const std::size_t i : idx) {
      const std::uint32_t person = rows[i].person;
      out.push_back(per[person][next[person]++]);
    }
    return out;
  };
  const Population any_order = build(shuffled(events), shuffled(meds));
  ASSERT_GT(in_order.EventCount(), 500U);
  EXPECT_LT(in_order.EventCount(), events.size());  // duplicates were dropped
  ExpectSamePopulation(in_order, any_order);
}

TEST(PopulationBuilderTest, BuilderIsEmptyAndReusableAfterBuild) {
  PopulationBuilder b;
  b.AddPerson("a", 0, domain::Sex::kFemale, "A1", false);
  b.AddPerson("b", 0, domain::Sex::kFemale, "A1", false);
  b.AddEvent(1, 10, 1);
  b.AddEvent(0, 10, 1);  // out of order
  (void)b.Build();
  b.AddPerson("c", 0, domain::Sex::kFemale, "A1", false);
  b.AddEvent(0, 11, 2);
  const Population p = b.Build();
  EXPECT_EQ(p.Size(), 1U);
  EXPECT_EQ(p.event_offsets, (std::vector<std::uint32_t>{0, 1}));
  EXPECT_EQ(p.concepts.size(), 1U);
}

TEST(PopulationBuilderTest, MemoryCountsRowsAndReservedCountsRoomAhead) {
  PopulationBuilder b;
  b.Reserve(1000, 100000, 1000, 1000);
  b.AddPerson("a", 0, domain::Sex::kFemale, "A1", false);
  b.AddEvent(0, 10, 1, 2.0F);
  b.AddEvent(0, 11, 1);
  b.AddMedication(0, 12, 1);
  const Population p = b.Build();
  // One person (birth, death, sex, practice, care home, a short id), two events, one issue, no
  // encounter, three offsets columns of two entries, three concepts and one practice code.
  const std::size_t expected = sizeof(std::string) + 4 + 4 + sizeof(domain::Sex) + 4 + 1 + 2 * 12 +
                               8 + 3 * 2 * 4 + 3 * 8 + sizeof(std::string);
  EXPECT_EQ(p.MemoryBytes(), expected);
  EXPECT_GT(p.ReservedBytes(), 100000U * 12);  // the room reserved for events is still held
}

}  // namespace
}  // namespace lcn::casefinding
