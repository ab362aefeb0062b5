// SPDX-License-Identifier: Apache-2.0
//
// The geography plan from the embedded GP file: every practice placed, inferred Southwark
// neighbourhoods, skipped practices and populations.
#include "demo/geography.hpp"

#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>

namespace lcn::demo {
namespace {

std::map<std::string, std::string> NeighbourhoodNames(const GeographyPlan& plan) {
  std::map<std::string, std::string> out;
  for (const auto& practice : plan.practices) {
    out[practice.ods_code] = plan.FindArea(practice.neighbourhood_code)->name;
  }
  return out;
}

TEST(GeographyTest, PlacesEverySouthwarkPracticeInASourcedNeighbourhood) {
  const auto plan = PlanGeography(DemoArea::kLambethSouthwark, LoadPractices());
  const auto names = NeighbourhoodNames(plan);
  EXPECT_EQ(names.at("G85138"), "Rotherhithe");                 // Albion Street, SE16 7
  EXPECT_EQ(names.at("G85623"), "Bermondsey");                  // Bermondsey Spa, SE16 4
  EXPECT_EQ(names.at("G85642"), "Borough");                     // Blackfriars, SE1 8
  EXPECT_EQ(names.at("G85084"), "Walworth");                    // Penrose, SE17
  EXPECT_EQ(names.at("G85040"), "Peckham");                     // Queens Road, SE15 2
  EXPECT_EQ(names.at("G85685"), "Dulwich & Nunhead Villages");  // Nunhead, SE15 3
  EXPECT_EQ(names.at("G85013"), "Camberwell");                  // SE5
  EXPECT_EQ(names.at("G85651"), "Dulwich");                     // SE22 9
  EXPECT_EQ(names.at("G85053"), "North Lambeth");               // one neighbourhood per Lambeth PCN
  EXPECT_EQ(plan.Count(domain::AreaKind::kNeighbourhood), 8 + 9);
}

TEST(GeographyTest, SkipsPracticesWithoutAUsableListSize) {
  const auto plan = PlanGeography(DemoArea::kAll, LoadPractices());
  std::set<std::string> skipped;
  for (const auto& practice : plan.skipped) {
    skipped.insert(practice.ods_code);
  }
  EXPECT_EQ(skipped, (std::set<std::string>{"G85106", "Y00454", "G85050", "G85118", "H82083",
                                            "H82029", "H82015"}));
  EXPECT_EQ(plan.practices.size() + plan.skipped.size(), 123U);
}

TEST(GeographyTest, AddsListSizesUpTheTree) {
  const auto plan = PlanGeography(DemoArea::kAll, LoadPractices());
  std::int64_t total = 0;
  for (const auto& practice : plan.practices) {
    total += practice.list_size;
  }
  const auto population = [&](const std::string& code) { return plan.FindArea(code)->population; };
  EXPECT_EQ(population("south-east-london") + population("sussex"), total);
  EXPECT_EQ(population("lambeth") + population("southwark"), population("south-east-london"));
  EXPECT_EQ(population("coastal-west-sussex"), population("sussex"));
}

TEST(GeographyTest, NamesTheCoastalWestSussexNeighbourhoods) {
  const auto plan = PlanGeography(DemoArea::kCoastalWestSussex, LoadPractices());
  EXPECT_EQ(plan.Count(domain::AreaKind::kNetwork), 8);
  EXPECT_TRUE(plan.FindArea("central-regis").has_value());
  EXPECT_TRUE(plan.FindArea("rural-regis").has_value());
  EXPECT_TRUE(plan.FindArea("arun-neighbourhood-1").has_value());
  const auto chanctonbury = plan.FindArea("chanctonbury-neighbourhood");
  ASSERT_TRUE(chanctonbury.has_value());
  EXPECT_EQ(chanctonbury->parent_code, "chanctonbury");
}

}  // namespace
}  // namespace lcn::demo
