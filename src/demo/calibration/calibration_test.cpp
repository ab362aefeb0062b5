// SPDX-License-Identifier: Apache-2.0
//
// The calibration test of docs/demo-population.md: 50,000 generated people (seed 42, both
// areas) run through the real case-finding engine with the default definitions must meet every
// target of data/demo/clinical_rates.json within its stated tolerance, each condition must be
// found about as often as the table puts in, and the engine must find what the generator drew
// and not the lapsed records. A change that breaks the generator (or the rules it writes to)
// fails here.
#include "demo/calibration/calibration.hpp"

#include <memory>

#include <gtest/gtest.h>

#include "casefinding/definitions/definitions.hpp"
#include "casefinding/engine.hpp"
#include "casefinding/loaders/from_extract.hpp"
#include "demo/clinical_histories.hpp"
#include "demo/history_writer.hpp"
#include "demo/scaled_people.hpp"
#include "extract/day.hpp"

namespace lcn::demo {
namespace {

constexpr std::int64_t kPeople = 50'000;
constexpr std::uint64_t kSeed = 42;

// One population and its report for the whole suite: generating it is the slow part.
struct Population {
  GeographyPlan geography = PlanGeography(DemoArea::kAll, LoadPractices());
  std::vector<CareHomeSite> homes = PlanCareHomes(geography);
  std::vector<PersonPlan> people = GeneratePeopleAtScale(geography, LoadAgeBands(), kSeed, kPeople);
  std::int32_t as_of = *extract::ParseDay("2026-06-30");
  extract::Extract histories = GenerateHistories(people, geography, homes, kSeed, as_of);
  CalibrationReport report = Calibrate(extract::Extract(histories), LoadClinicalRates(), as_of);
};

class CalibrationTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { population_ = std::make_unique<Population>(); }

  static void TearDownTestSuite() { population_.reset(); }

  static inline std::unique_ptr<Population> population_;
};

TEST_F(CalibrationTest, EveryTargetIsMetWithinItsTolerance) {
  const CalibrationReport& report = population_->report;
  EXPECT_GT(report.people, kPeople * 98 / 100);
  for (const auto& r : report.targets) {
    EXPECT_TRUE(r.within) << r.target.measure << " ages " << r.target.min_age << "-"
                          << r.target.max_age.value_or(120) << ": target " << r.target.value
                          << " ± " << r.target.tolerance << ", achieved " << r.achieved;
  }
}

TEST_F(CalibrationTest, EachConditionIsFoundAsOftenAsTheTablePutsIn) {
  const CalibrationReport& report = population_->report;
  ASSERT_EQ(report.conditions.size(), 37U);
  for (const auto& c : report.conditions) {
    // Deprivation (mostly inner London practices) and deaths move prevalence a little.
    EXPECT_NEAR(c.found_percent, c.input_percent, std::max(0.25, 0.2 * c.input_percent)) << c.id;
  }
}

TEST_F(CalibrationTest, TheEngineFindsWhatWasDrawnAndNotTheLapsedRecords) {
  const Population& p = *population_;
  const auto population = casefinding::FromExtract(extract::Extract(p.histories));
  const auto definitions = casefinding::DefaultDefinitions();
  const auto plan = casefinding::Compile(definitions, population);
  const auto results = casefinding::Run(population, plan, p.as_of);
  const auto set = static_cast<std::size_t>(plan.SetIndex("cms37"));

  const HistoryModel model = BuildHistoryModel(LoadClinicalRates(), definitions);
  const HistoryWriter writer(model, p.geography, p.homes, kSeed, p.as_of);
  std::vector<int> column(model.conditions.size(), -1);
  for (std::size_t c = 0; c < model.conditions.size(); ++c) {
    for (std::size_t k = 0; k < plan.sets[set].conditions.size(); ++k) {
      if (plan.sets[set].conditions[k].id == model.conditions[c].id) {
        column[c] = static_cast<int>(k);
      }
    }
  }
  std::int64_t has = 0;
  std::int64_t has_found = 0;
  std::int64_t lapsed = 0;
  std::int64_t lapsed_found = 0;
  extract::Patient patient;
  PersonRecords records;
  PersonHealth health;
  for (std::size_t i = 0; i < p.people.size(); ++i) {
    writer.Write(i, p.people[i], patient, records, health);
    if (health.death_day) {
      continue;
    }
    for (std::size_t c = 0; c < model.conditions.size(); ++c) {
      const bool found = ((results.condition_bits[set][i] >> column[c]) & 1U) != 0;
      if (health.conditions[c] == ConditionState::kHas) {
        ++has;
        has_found += found ? 1 : 0;
      } else if (health.conditions[c] == ConditionState::kLapsed) {
        ++lapsed;
        lapsed_found += found ? 1 : 0;
      }
    }
  }
  ASSERT_GT(has, 10'000);
  ASSERT_GT(lapsed, 1'000);
  EXPECT_GT(static_cast<double>(has_found) / static_cast<double>(has), 0.97);
  EXPECT_LT(static_cast<double>(lapsed_found) / static_cast<double>(lapsed), 0.03);
}

}  // namespace
}  // namespace lcn::demo
