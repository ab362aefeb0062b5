// SPDX-License-Identifier: Apache-2.0
//
// The engine against the plain-SQL reference on random populations: identical results person
// by person, for every condition, deficit count, admission count and cohort.
#include <gtest/gtest.h>

#include "casefinding/engine.hpp"
#include "sql/sqlite/sqlite_database.hpp"
#include "sql_reference.hpp"
#include "test_population.hpp"

namespace lcn::casefinding {
namespace {

void ExpectSame(const Population& pop, const Results& engine, const Results& sql) {
  int mismatches = 0;
  for (std::size_t p = 0; p < pop.Size() && mismatches < 10; ++p) {
    bool same = engine.efi_deficits[p] == sql.efi_deficits[p] &&
                engine.emergency_admissions[p] == sql.emergency_admissions[p] &&
                engine.cohort_bits[p] == sql.cohort_bits[p];
    for (std::size_t s = 0; s < engine.condition_bits.size(); ++s) {
      same = same && engine.condition_bits[s][p] == sql.condition_bits[s][p];
    }
    if (!same) {
      ++mismatches;
      ADD_FAILURE() << "person " << pop.patient_ids[p] << ": engine conditions "
                    << engine.condition_bits[0][p] << "/" << engine.condition_bits[1][p] << " efi "
                    << int{engine.efi_deficits[p]} << " adm " << engine.emergency_admissions[p]
                    << " cohorts " << engine.cohort_bits[p] << "; sql " << sql.condition_bits[0][p]
                    << "/" << sql.condition_bits[1][p] << " efi " << int{sql.efi_deficits[p]}
                    << " adm " << sql.emergency_admissions[p] << " cohorts " << sql.cohort_bits[p];
    }
  }
}

// Runs `defs` on `pop` by the engine (two threads) and by the SQL reference, expects the same
// results person by person, and returns the engine's.
Results EngineAgainstSql(const DefinitionSet& defs, const Population& pop, const Plan& plan) {
  Results engine = casefinding::Run(pop, plan, testdata::AsOf(), 2);
  sql::SqliteDatabase db(":memory:");
  reference::Load(db, pop, defs);
  ExpectSame(pop, engine, reference::Evaluate(db, pop, defs, testdata::AsOf()));
  return engine;
}

class DifferentialTest : public ::testing::TestWithParam<std::uint64_t> {};

TEST_P(DifferentialTest, EngineMatchesSqlPersonByPerson) {
  const auto defs = testdata::RuleKindDefinitions();
  const auto pop = testdata::RandomPopulation(GetParam(), 400, 12);
  const Plan plan = Compile(defs, pop);
  const Results engine = EngineAgainstSql(defs, pop, plan);
  // The populations are not trivial: every cohort and condition occurs somewhere.
  std::uint32_t cohorts = 0;
  std::uint64_t conditions = 0;
  for (std::size_t p = 0; p < pop.Size(); ++p) {
    cohorts |= engine.cohort_bits[p];
    conditions |= engine.condition_bits[0][p];
  }
  EXPECT_EQ(conditions, (std::uint64_t{1} << plan.sets[0].conditions.size()) - 1);
  EXPECT_EQ(cohorts, (std::uint32_t{1} << plan.cohorts.size()) - 1);
}

TEST_P(DifferentialTest, OverlappingListsAndWindowsMatchSql) {
  const auto defs = testdata::OverlapDefinitions();
  const auto pop = testdata::RandomPopulation(GetParam(), 400, 12);
  const Plan plan = Compile(defs, pop);
  const Results engine = EngineAgainstSql(defs, pop, plan);
  const int overlap = plan.SetIndex("c_overlap");
  ASSERT_GE(overlap, 0);
  const auto set = static_cast<std::size_t>(overlap);
  std::uint64_t seen = 0;
  for (std::size_t p = 0; p < pop.Size(); ++p) {
    seen |= engine.condition_bits[set][p];
  }
  EXPECT_EQ(seen, (std::uint64_t{1} << plan.sets[set].conditions.size()) - 1)
      << "some c_overlap condition holds for nobody";
}

INSTANTIATE_TEST_SUITE_P(Seeds, DifferentialTest, ::testing::Values(1, 2, 3, 42, 2026));

// Threads take chunks of people; every split gives the same results as one person at a time.
TEST(EngineThreads, AnyNumberOfThreadsGivesTheSameResults) {
  const auto defs = testdata::OverlapDefinitions();
  const auto pop = testdata::RandomPopulation(7, 5000, 12);
  const Plan plan = Compile(defs, pop);
  Results one_by_one = casefinding::Run(pop, plan, testdata::AsOf(), 1);
  for (std::size_t p = 0; p < pop.Size(); ++p) {
    RunRange(pop, plan, testdata::AsOf(), p, p + 1, one_by_one);
  }
  for (const unsigned threads : {1U, 2U, 3U, 8U}) {
    SCOPED_TRACE(threads);
    ExpectSame(pop, casefinding::Run(pop, plan, testdata::AsOf(), threads), one_by_one);
  }
}

}  // namespace
}  // namespace lcn::casefinding
