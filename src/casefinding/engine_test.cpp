// SPDX-License-Identifier: Apache-2.0
//
// Golden cases for every rule kind, with windows at their edges, age boundaries, duplicates,
// events after the as-of date, eFI categories, cohorts and the evidence behind each finding.
#include "casefinding/engine.hpp"

#include <chrono>

#include <gtest/gtest.h>

#include "casefinding/evaluator.hpp"
#include "casefinding/population_builder.hpp"
#include "core/error.hpp"
#include "rule_builders.hpp"

namespace lcn::casefinding {
namespace {

using K = Rule::Kind;

Day D(int y, unsigned m, unsigned d) {
  return static_cast<Day>(
      std::chrono::sys_days(std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(m),
                                                        std::chrono::day(d)))
          .time_since_epoch()
          .count());
}

const Day kAsOf = D(2026, 6, 30);

using testdata::Leaf;
using testdata::Tree;
using testdata::Value;

// A small definition set covering every rule kind. Codes are arbitrary test numbers.
DefinitionSet TestDefinitions() {
  DefinitionSet d;
  d.version = "test";
  auto list = [&](std::string name, std::vector<ConceptId> codes, bool meds = false) {
    CodeList l;
    l.name = name;
    l.codes = std::move(codes);
    l.medications = meds;
    d.code_lists[name] = l;
  };
  list("hyp", {100});
  list("anx", {200});
  list("anxiolytics", {900, 901}, true);
  list("cancer", {300});
  list("ckd", {400});
  list("egfr", {401});
  list("epilepsy", {500});
  list("antiepileptics", {950}, true);
  list("analgesics", {960}, true);
  list("falls", {600});
  auto cancer = Leaf(K::kCode, "cancer", 1826);
  std::const_pointer_cast<Rule>(cancer)->first = true;
  d.condition_sets["cms"] = {
      {"HYP", "Hypertension", 0.08, Leaf(K::kCode, "hyp")},
      {"ANX", "Anxiety", std::nullopt,
       Tree(K::kAnyOf, {Leaf(K::kCode, "anx", 365), Leaf(K::kMedications, "anxiolytics", 365, 4)})},
      {"CAN", "Cancer", 1.53, cancer},
      {"CKD", "Chronic kidney disease", 0.53,
       Tree(K::kAnyOf, {Leaf(K::kCode, "ckd"), Value("egfr", ValueAggregate::kMaxOfLatestTwo,
                                                     Rule::Compare::kBelow, 60)})},
      {"PNC", "Painful condition", 0.92,
       Tree(K::kAnyOf, {Leaf(K::kMedications, "analgesics", 365, 4),
                        Tree(K::kAllOf, {Leaf(K::kMedications, "antiepileptics", 365, 4),
                                         Tree(K::kNot, {Leaf(K::kCode, "epilepsy")})})})},
  };
  // Deficits: the first 13 are "falls" style events counted distinct by list; to reach each
  // category tests add codes 1000+i for deficit i.
  for (int i = 0; i < 36; ++i) {
    const std::string name = "deficit" + std::to_string(i);
    list(name, {1000 + i});
    d.frailty_deficits.push_back(
        {"efi_" + std::to_string(i), name, std::nullopt, Leaf(K::kCode, name)});
  }
  d.frailty_deficits[35] = {"efi_polypharmacy", "Polypharmacy", std::nullopt,
                            Leaf(K::kDistinctMedications, "any", 365, 5)};
  auto ltc = Leaf(K::kConditionCount, "cms", std::nullopt, 3);
  d.cohorts = {
      {"ltc3", "Adults with 3+ LTCs", std::nullopt,
       Tree(K::kAllOf, {Leaf(K::kAgeAtLeast, "", std::nullopt, 18), ltc})},
      {"frail", "Moderate or severe frailty", std::nullopt,
       [] {
         auto r = Leaf(K::kFrailtyAtLeast);
         std::const_pointer_cast<Rule>(r)->text = "moderate";
         return r;
       }()},
      {"care_home", "Care-home residents", std::nullopt, Leaf(K::kCareHome)},
      {"falls2", "Two falls in a year", std::nullopt, Leaf(K::kEventCount, "falls", 365, 2)},
  };
  return d;
}

class EngineTest : public ::testing::Test {
 protected:
  std::uint32_t Person(Day birth = D(1950, 1, 1), bool care_home = false) {
    return builder_.AddPerson("p" + std::to_string(next_++), birth, domain::Sex::kFemale, "G85138",
                              care_home);
  }

  void RunAll() {
    population_ = builder_.Build();
    plan_ = Compile(TestDefinitions(), population_);
    results_ = casefinding::Run(population_, plan_, kAsOf, 2);
  }

  bool Has(std::uint32_t person, const std::string& id) {
    const auto& set = plan_.sets[0].conditions;
    for (std::size_t c = 0; c < set.size(); ++c) {
      if (set[c].id == id) {
        return (results_.condition_bits[0][person] >> c) & 1U;
      }
    }
    ADD_FAILURE() << "no condition " << id;
    return false;
  }

  bool InCohort(std::uint32_t person, const std::string& id) {
    for (std::size_t c = 0; c < plan_.cohorts.size(); ++c) {
      if (plan_.cohorts[c].id == id) {
        return (results_.cohort_bits[person] >> c) & 1U;
      }
    }
    ADD_FAILURE() << "no cohort " << id;
    return false;
  }

  PopulationBuilder builder_;
  Population population_;
  Plan plan_;
  Results results_;
  int next_ = 0;
};

TEST_F(EngineTest, CodeEverCountsUpToAndIncludingTheAsOfDateOnly) {
  const auto before = Person(), on = Person(), after = Person(), unknown = Person();
  builder_.AddEvent(before, 100, D(1990, 5, 1));
  builder_.AddEvent(on, 100, kAsOf);
  builder_.AddEvent(after, 100, kAsOf + 1);
  builder_.AddEvent(unknown, 123456789, D(2020, 1, 1));  // a code in no list
  RunAll();
  EXPECT_TRUE(Has(before, "HYP"));
  EXPECT_TRUE(Has(on, "HYP"));
  EXPECT_FALSE(Has(after, "HYP"));
  EXPECT_FALSE(Has(unknown, "HYP"));
}

TEST_F(EngineTest, TwelveMonthWindowIncludesDay364AndExcludesDay365) {
  const auto inside = Person(), outside = Person();
  builder_.AddEvent(inside, 200, kAsOf - 364);
  builder_.AddEvent(outside, 200, kAsOf - 365);
  RunAll();
  EXPECT_TRUE(Has(inside, "ANX"));
  EXPECT_FALSE(Has(outside, "ANX"));
}

TEST_F(EngineTest, PrescriptionThresholdsCountIssuesInTheWindowOnce) {
  const auto four = Person(), three = Person(), duplicated = Person(), mixed = Person();
  for (int i = 0; i < 4; ++i) {
    builder_.AddMedication(four, 900, kAsOf - 30 * i);
  }
  for (int i = 0; i < 3; ++i) {
    builder_.AddMedication(three, 900, kAsOf - 30 * i);
  }
  builder_.AddMedication(three, 900, kAsOf - 365);  // just outside
  for (int i = 0; i < 4; ++i) {
    builder_.AddMedication(duplicated, 900, kAsOf - 10);  // the same issue four times
  }
  builder_.AddMedication(mixed, 900, kAsOf - 1);  // two products of one list count together
  builder_.AddMedication(mixed, 901, kAsOf - 2);
  builder_.AddMedication(mixed, 900, kAsOf - 3);
  builder_.AddMedication(mixed, 901, kAsOf - 4);
  RunAll();
  EXPECT_TRUE(Has(four, "ANX"));
  EXPECT_FALSE(Has(three, "ANX"));
  EXPECT_FALSE(Has(duplicated, "ANX")) << "duplicate rows of one issue must count once";
  EXPECT_TRUE(Has(mixed, "ANX"));
}

TEST_F(EngineTest, NewCancerNeedsTheFirstCodeWithinFiveYears) {
  const auto recent = Person(), old = Person(), edge = Person();
  builder_.AddEvent(recent, 300, kAsOf - 100);
  builder_.AddEvent(old, 300, kAsOf - 1826);  // first recorded just outside 1826 days
  builder_.AddEvent(old, 300, kAsOf - 10);    // a recent repeat does not make it new
  builder_.AddEvent(edge, 300, kAsOf - 1825);
  RunAll();
  EXPECT_TRUE(Has(recent, "CAN"));
  EXPECT_FALSE(Has(old, "CAN"));
  EXPECT_TRUE(Has(edge, "CAN"));
}

TEST_F(EngineTest, CkdFromTheHigherOfTheLatestTwoEgfrValues) {
  const auto low = Person(), recovered = Person(), single = Person(), coded = Person(),
             later = Person();
  builder_.AddEvent(low, 401, D(2025, 1, 1), 55);
  builder_.AddEvent(low, 401, D(2025, 6, 1), 58);
  builder_.AddEvent(recovered, 401, D(2025, 1, 1), 55);
  builder_.AddEvent(recovered, 401, D(2025, 6, 1), 62);
  builder_.AddEvent(single, 401, D(2025, 6, 1), 40);  // one value is not enough
  builder_.AddEvent(coded, 400, D(2010, 1, 1));
  builder_.AddEvent(later, 401, D(2020, 1, 1), 90);  // older values do not count
  builder_.AddEvent(later, 401, D(2025, 1, 1), 50);
  builder_.AddEvent(later, 401, D(2025, 6, 1), 59.9F);
  builder_.AddEvent(later, 401, kAsOf + 5, 95);  // after the as-of date
  RunAll();
  EXPECT_TRUE(Has(low, "CKD"));
  EXPECT_FALSE(Has(recovered, "CKD"));
  EXPECT_FALSE(Has(single, "CKD"));
  EXPECT_TRUE(Has(coded, "CKD"));
  EXPECT_TRUE(Has(later, "CKD"));
}

TEST_F(EngineTest, PainfulConditionFromAntiepilepticsOnlyWithoutEpilepsy) {
  const auto pain = Person(), epileptic = Person();
  for (const auto p : {pain, epileptic}) {
    for (int i = 0; i < 4; ++i) {
      builder_.AddMedication(p, 950, kAsOf - 20 * i);
    }
  }
  builder_.AddEvent(epileptic, 500, D(1980, 1, 1));
  RunAll();
  EXPECT_TRUE(Has(pain, "PNC"));
  EXPECT_FALSE(Has(epileptic, "PNC"));
}

TEST_F(EngineTest, AdultsWithThreeConditionsFromTheir18thBirthday) {
  const auto adult = Person(D(2008, 6, 30)), child = Person(D(2008, 7, 1)),
             two = Person(D(1960, 1, 1));
  for (const auto p : {adult, child}) {
    builder_.AddEvent(p, 100, D(2020, 1, 1));
    builder_.AddEvent(p, 200, kAsOf - 10);
    builder_.AddEvent(p, 400, D(2021, 1, 1));
  }
  builder_.AddEvent(two, 100, D(2020, 1, 1));
  builder_.AddEvent(two, 400, D(2020, 1, 1));
  RunAll();
  EXPECT_EQ(results_.ConditionCount(0, adult), 3);
  EXPECT_TRUE(InCohort(adult, "ltc3"));
  EXPECT_EQ(results_.ConditionCount(0, child), 3);
  EXPECT_FALSE(InCohort(child, "ltc3")) << "17 on the as-of date";
  EXPECT_FALSE(InCohort(two, "ltc3"));
}

TEST_F(EngineTest, LeapDayBirthdaysTurnOverOnTheFirstOfMarch) {
  // As of 2026-06-30 everyone born 2008-02-29 is 18; check the 28 Feb / 1 Mar edge directly.
  const auto leap = Person(D(2008, 2, 29));
  RunAll();
  Evaluator before(population_, plan_, D(2026, 2, 28));
  before.Load(leap);
  EXPECT_EQ(before.Age(), 17);
  Evaluator after(population_, plan_, D(2026, 3, 1));
  after.Load(leap);
  EXPECT_EQ(after.Age(), 18);
}

TEST_F(EngineTest, AgeThresholdsAgreeWithWholeYearsOnEveryDay) {
  // Birth days across four years (two 29 Februaries) against as-of dates at the edges: the
  // birth-day cutoffs the engine uses must say what Age() says, for every age asked.
  std::vector<std::uint32_t> people;
  for (Day birth = D(1959, 12, 1); birth <= D(1964, 3, 31); birth += 1) {
    people.push_back(Person(birth));
  }
  RunAll();
  for (const Day as_of : {D(2024, 2, 28), D(2024, 2, 29), D(2024, 3, 1), D(2025, 2, 28),
                          D(2025, 3, 1), D(2026, 6, 30), D(2026, 12, 31)}) {
    Evaluator ev(population_, plan_, as_of);
    for (const auto p : people) {
      ev.Load(p);
      for (const int years : {59, 60, 61, 62, 63, 64, 65, 66}) {
        ASSERT_EQ(ev.AgeAtLeast(years), ev.Age() >= years)
            << "born day " << population_.birth_day[p] << ", as of day " << as_of << ", " << years
            << " years";
      }
    }
  }
}

TEST_F(EngineTest, FrailtyCategoriesFromIntegerDeficitCounts) {
  struct Case {
    int deficits;
    FrailtyCategory category;
  };

  const std::vector<Case> cases = {
      {0, FrailtyCategory::kFit},      {4, FrailtyCategory::kFit},
      {5, FrailtyCategory::kMild},     {8, FrailtyCategory::kMild},
      {9, FrailtyCategory::kModerate}, {12, FrailtyCategory::kModerate},
      {13, FrailtyCategory::kSevere},  {30, FrailtyCategory::kSevere}};
  std::vector<std::uint32_t> people;
  for (const auto& c : cases) {
    const auto p = Person(D(1950, 1, 1));
    for (int i = 0; i < c.deficits; ++i) {
      builder_.AddEvent(p, 1000 + i, D(2015, 1, 1));
      builder_.AddEvent(p, 1000 + i, D(2016, 1, 1));  // a repeat counts once
    }
    people.push_back(p);
  }
  const auto young = Person(D(1962, 1, 1));  // 64: not assessed
  for (int i = 0; i < 20; ++i) {
    builder_.AddEvent(young, 1000 + i, D(2015, 1, 1));
  }
  RunAll();
  for (std::size_t i = 0; i < cases.size(); ++i) {
    EXPECT_EQ(results_.efi_deficits[people[i]], cases[i].deficits);
    EXPECT_EQ(results_.Frailty(people[i]), cases[i].category) << cases[i].deficits;
  }
  EXPECT_EQ(results_.Frailty(young), FrailtyCategory::kNotAssessed);
  EXPECT_TRUE(InCohort(people[4], "frail"));
  EXPECT_FALSE(InCohort(people[3], "frail"));
  EXPECT_FALSE(InCohort(young, "frail"));
}

TEST_F(EngineTest, PolypharmacyNeedsFiveDifferentMedicinesInAYear) {
  const auto five = Person(), repeats = Person();
  for (int i = 0; i < 5; ++i) {
    builder_.AddMedication(five, 7000 + i, kAsOf - 10 * i);
    builder_.AddMedication(repeats, 7000 + (i % 4), kAsOf - 10 * i);
  }
  // Many issues (more than are compared pairwise) of six and of four medicines.
  const auto many_six = Person(), many_four = Person();
  for (int i = 0; i < 40; ++i) {
    builder_.AddMedication(many_six, 7000 + (i % 6), kAsOf - 8 * i);
    builder_.AddMedication(many_four, 7000 + (i % 4), kAsOf - 8 * i);
  }
  RunAll();
  EXPECT_EQ(results_.efi_deficits[five], 1);
  EXPECT_EQ(results_.efi_deficits[repeats], 0);
  EXPECT_EQ(results_.efi_deficits[many_six], 1);
  EXPECT_EQ(results_.efi_deficits[many_four], 0);
}

TEST(DistinctCountTest, PairwiseAndSortedAgree) {
  for (std::size_t size : {0U, 1U, 5U, 24U, 25U, 60U}) {
    std::vector<std::uint32_t> codes;
    for (std::size_t i = 0; i < size; ++i) {
      codes.push_back(static_cast<std::uint32_t>((i * 7) % 11));
    }
    const int expected = static_cast<int>(std::min<std::size_t>(size, 11));
    EXPECT_EQ(DistinctCount(codes), expected) << size << " codes";
  }
}

TEST_F(EngineTest, CareHomeCohortEventCountsAndAdmissions) {
  const auto resident = Person(D(1935, 3, 3), true), faller = Person();
  builder_.AddEvent(faller, 600, kAsOf - 200);
  builder_.AddEvent(faller, 600, kAsOf - 100);
  builder_.AddEncounter(faller, EncounterKind::kEmergencyAdmission, kAsOf - 100);
  builder_.AddEncounter(faller, EncounterKind::kEmergencyAdmission, kAsOf - 400);
  builder_.AddEncounter(faller, EncounterKind::kAeAttendance, kAsOf - 50);
  RunAll();
  EXPECT_TRUE(InCohort(resident, "care_home"));
  EXPECT_FALSE(InCohort(faller, "care_home"));
  EXPECT_TRUE(InCohort(faller, "falls2"));
  EXPECT_EQ(results_.emergency_admissions[faller], 1);
}

TEST_F(EngineTest, ExplainGivesTheRecordBehindEachFinding) {
  const auto p = Person(D(1940, 1, 1));
  builder_.AddEvent(p, 100, D(1999, 9, 9));
  builder_.AddEvent(p, 100, D(2010, 1, 1));
  for (int i = 0; i < 4; ++i) {
    builder_.AddMedication(p, 900, kAsOf - i);
  }
  builder_.AddEvent(p, 401, D(2025, 1, 1), 44);
  builder_.AddEvent(p, 401, D(2025, 2, 1), 52);
  RunAll();
  const auto why = Explain(population_, plan_, kAsOf, p);
  auto find = [&](const std::string& id) -> const Finding* {
    for (const auto& f : why.findings) {
      if (f.id == id) {
        return &f;
      }
    }
    return nullptr;
  };
  ASSERT_NE(find("HYP"), nullptr);
  EXPECT_EQ(find("HYP")->evidence[0].code, 100);
  EXPECT_EQ(find("HYP")->evidence[0].day, D(1999, 9, 9)) << "ever: the first recording";
  ASSERT_NE(find("ANX"), nullptr);
  EXPECT_EQ(find("ANX")->evidence[0].count, 4);
  ASSERT_NE(find("CKD"), nullptr);
  EXPECT_EQ(find("CKD")->evidence.size(), 2U);
  EXPECT_FLOAT_EQ(find("CKD")->evidence[0].value, 52);
  ASSERT_NE(find("ltc3"), nullptr);
  EXPECT_EQ(find("ltc3")->evidence.back().count, 3);
  EXPECT_EQ(find("CAN"), nullptr);
  EXPECT_EQ(why.efi_deficits, 0);
  // Explain and Run agree.
  EXPECT_EQ(results_.ConditionCount(0, p), 3);
}

// Latest values in a window no other rule uses: the rows are not split at the window's start,
// and the value rule finds it by day as it walks back. Edges: 729 days back is in a 730-day
// window, 730 is out; the latest value, not an older one inside the window, decides.
TEST_F(EngineTest, LatestValuesInAWindowOnlyTheyUseStopAtItsFirstDay) {
  const auto in = Person(), out = Person(), latest_high = Person(), two_in = Person(),
             one_in = Person();
  builder_.AddEvent(in, 401, kAsOf - 729, 50);
  builder_.AddEvent(out, 401, kAsOf - 730, 50);
  builder_.AddEvent(latest_high, 401, kAsOf - 400, 50);
  builder_.AddEvent(latest_high, 401, kAsOf - 100, 70);
  builder_.AddEvent(two_in, 401, kAsOf - 729, 50);
  builder_.AddEvent(two_in, 401, kAsOf - 10, 55);
  builder_.AddEvent(one_in, 401, kAsOf - 731, 50);  // the older of the two is out
  builder_.AddEvent(one_in, 401, kAsOf - 10, 55);
  population_ = builder_.Build();
  DefinitionSet defs;
  defs.version = "value-window-test";
  CodeList egfr;
  egfr.name = "egfr";
  egfr.codes = {401};
  defs.code_lists["egfr"] = egfr;
  defs.condition_sets["v"] = {
      {"LOW", "latest below 60 in 730 days", std::nullopt,
       Value("egfr", ValueAggregate::kLatest, Rule::Compare::kBelow, 60, 730)},
      {"LOW2", "both latest two below 60 in 730 days", std::nullopt,
       Value("egfr", ValueAggregate::kMaxOfLatestTwo, Rule::Compare::kBelow, 60, 730)},
  };
  plan_ = Compile(defs, population_);
  results_ = casefinding::Run(population_, plan_, kAsOf, 1);
  const auto bits = [&](std::uint32_t p) { return results_.condition_bits[0][p]; };
  EXPECT_EQ(bits(in), 0b01U);  // one value: not two
  EXPECT_EQ(bits(out), 0b00U);
  EXPECT_EQ(bits(latest_high), 0b00U);
  EXPECT_EQ(bits(two_in), 0b11U);
  EXPECT_EQ(bits(one_in), 0b01U);
  for (const auto p : {in, out, latest_high, two_in, one_in}) {
    std::uint64_t explained = 0;
    for (const auto& f : Explain(population_, plan_, kAsOf, p).findings) {
      explained |= f.id == "LOW" ? 1U : f.id == "LOW2" ? 2U : 0U;
    }
    EXPECT_EQ(explained, bits(p)) << p;
  }
}

TEST_F(EngineTest, UnknownListsAreRefusedAtCompile) {
  Person();
  population_ = builder_.Build();
  auto defs = TestDefinitions();
  defs.cohorts.push_back({"bad", "Bad", std::nullopt, Leaf(K::kCode, "no_such_list")});
  EXPECT_THROW(Compile(defs, population_), lcn::Error);
  defs = TestDefinitions();
  defs.cohorts.push_back({"bad", "Bad", std::nullopt, Leaf(K::kMedications, "hyp")});
  EXPECT_THROW(Compile(defs, population_), lcn::Error);
}

}  // namespace
}  // namespace lcn::casefinding
