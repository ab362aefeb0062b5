// SPDX-License-Identifier: Apache-2.0
//
// GeneratePeopleAtScale: list-size proportionality, determinism across threads, NHS numbers only
// from the 999 range and none once it is used up.
#include "demo/scaled_people.hpp"

#include <cmath>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "domain/nhs_number.hpp"

namespace lcn::demo {
namespace {

class ScaledPeopleTest : public ::testing::Test {
 protected:
  GeographyPlan geography_ = PlanGeography(DemoArea::kAll, LoadPractices());
  std::vector<AgeBandRecord> bands_ = LoadAgeBands();
};

TEST_F(ScaledPeopleTest, AllocatesExactlyInProportionToListSizes) {
  constexpr std::int64_t kTotal = 1'234'567;
  const auto counts = AllocateToPractices(geography_, kTotal);
  ASSERT_EQ(counts.size(), geography_.practices.size());
  std::int64_t list_total = 0;
  for (const auto& p : geography_.practices) {
    list_total += p.list_size;
  }
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const double share = static_cast<double>(kTotal) *
                         static_cast<double>(geography_.practices[i].list_size) /
                         static_cast<double>(list_total);
    EXPECT_LT(std::abs(static_cast<double>(counts[i]) - share), 1.0) << i;
    sum += counts[i];
  }
  EXPECT_EQ(sum, kTotal);
  EXPECT_EQ(AllocateToPractices(geography_, 0), std::vector<std::int64_t>(counts.size(), 0));
}

TEST_F(ScaledPeopleTest, PeopleFollowThePracticesInOrderWithTheirAllocation) {
  const auto people = GeneratePeopleAtScale(geography_, bands_, 7, 20'000, 2);
  const auto counts = AllocateToPractices(geography_, 20'000);
  ASSERT_EQ(people.size(), 20'000U);
  std::size_t i = 0;
  for (std::size_t p = 0; p < counts.size(); ++p) {
    for (std::int64_t k = 0; k < counts[p]; ++k, ++i) {
      ASSERT_EQ(people[i].practice_ods, geography_.practices[p].ods_code) << i;
    }
  }
}

TEST_F(ScaledPeopleTest, IsDeterministicWhateverTheThreadCount) {
  const auto one = GeneratePeopleAtScale(geography_, bands_, 42, 15'000, 1);
  const auto two = GeneratePeopleAtScale(geography_, bands_, 42, 15'000, 2);
  const auto other = GeneratePeopleAtScale(geography_, bands_, 43, 15'000, 2);
  ASSERT_EQ(one.size(), two.size());
  int differences_from_other_seed = 0;
  for (std::size_t i = 0; i < one.size(); ++i) {
    EXPECT_EQ(one[i].person.nhs_number, two[i].person.nhs_number);
    EXPECT_EQ(one[i].person.given_name, two[i].person.given_name);
    EXPECT_EQ(one[i].person.family_name, two[i].person.family_name);
    EXPECT_EQ(one[i].person.birth_date, two[i].person.birth_date);
    EXPECT_EQ(one[i].person.sex, two[i].person.sex);
    EXPECT_EQ(one[i].person.postcode, two[i].person.postcode);
    differences_from_other_seed += one[i].person.birth_date != other[i].person.birth_date ? 1 : 0;
  }
  EXPECT_GT(differences_from_other_seed, 10'000);
}

TEST_F(ScaledPeopleTest, AgesFollowEachAreasBands) {
  const auto people = GeneratePeopleAtScale(geography_, bands_, 42, 60'000, 2);
  std::map<std::string, std::string> area_of;
  for (const auto& p : geography_.practices) {
    area_of[p.ods_code] = p.place_code;
  }
  std::map<std::string, std::pair<int, int>> older;  // place -> (65+, all)
  for (const auto& p : people) {
    const int year = std::stoi(p.person.birth_date.substr(0, 4));
    auto& [old, all] = older[area_of[p.practice_ods]];
    old += kAgeReferenceYear - year >= 66 ? 1 : 0;
    ++all;
  }
  const auto share = [&](const std::string& place) {
    return static_cast<double>(older[place].first) / older[place].second;
  };
  EXPECT_NEAR(share("lambeth"), 0.087, 0.02);  // ONS mid-2020: 8.7% aged 65+
  EXPECT_GT(share("coastal-west-sussex"), 0.20);
}

TEST_F(ScaledPeopleTest, NhsNumbersAreValidUniqueInTheTestRangeAndRunOut) {
  const std::int64_t capacity = GeneratedNhsNumberCapacity();
  EXPECT_GT(capacity, 850'000);
  EXPECT_LT(capacity, 900'000);
  const auto people = GeneratePeopleAtScale(geography_, bands_, 5, capacity + 500, 2);
  std::set<std::string> seen;
  std::int64_t without = 0;
  for (std::size_t i = 0; i < people.size(); ++i) {
    const auto& number = people[i].person.nhs_number;
    if (!number) {
      ++without;
      EXPECT_GE(static_cast<std::int64_t>(i), capacity);
      continue;
    }
    ASSERT_TRUE(domain::NormaliseNhsNumber(*number)) << *number;
    ASSERT_GE(std::stoll(number->substr(0, 9)), kFirstGeneratedStem) << *number;
    ASSERT_TRUE(seen.insert(*number).second) << *number;
  }
  EXPECT_EQ(without, 500);
}

}  // namespace
}  // namespace lcn::demo
