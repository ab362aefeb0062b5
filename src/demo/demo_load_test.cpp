// SPDX-License-Identifier: Apache-2.0
//
// BuildDemo as a whole: the synthetic population's NHS numbers and determinism, the refusal to
// load into a database that holds data, option checks, and the Coastal West Sussex and "all"
// areas.
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "demo/demo_builder.hpp"
#include "demo/demo_test_fixture.hpp"
#include "domain/nhs_number.hpp"
#include "domain/role.hpp"
#include "store/area_repository.hpp"
#include "store/organisation_repository.hpp"
#include "store/person_repository.hpp"
#include "store/user_repository.hpp"

namespace lcn::demo {
namespace {

using test_support::DemoBuilderTest;
using test_support::PeopleOf;

TEST_F(DemoBuilderTest, GeneratesValidUniqueNhsNumbersForEveryPractice) {
  const DemoSummary summary = BuildDemo(db_, clock_, Options());
  const auto people = People();
  const std::int64_t practices = Read([](sql::Transaction& tx) {
    store::OrganisationFilter filter;
    filter.kind = domain::OrganisationKind::kGpPractice;
    return static_cast<std::int64_t>(store::OrganisationRepository(tx).List(filter).size());
  });
  EXPECT_EQ(static_cast<std::int64_t>(people.size()), practices * 5 + 4);
  EXPECT_EQ(summary.people, static_cast<int>(people.size()));
  std::set<std::string> seen;
  for (const auto& person : people) {
    const std::string& nhs = std::get<0>(person);
    EXPECT_EQ(domain::NormaliseNhsNumber(nhs), nhs);
    EXPECT_TRUE(nhs.starts_with("999")) << nhs;
    EXPECT_TRUE(seen.insert(nhs).second) << "duplicate " << nhs;
  }
}

TEST_F(DemoBuilderTest, SameSeedGivesTheSamePeopleAndAnotherSeedOthers) {
  BuildDemo(db_, clock_, Options(DemoArea::kLambethSouthwark, 7));
  sql::SqliteDatabase same(":memory:");
  sql::ApplyMigrations(same, clock_, DemoMigrations());
  BuildDemo(same, clock_, Options(DemoArea::kLambethSouthwark, 7));
  sql::SqliteDatabase other(":memory:");
  sql::ApplyMigrations(other, clock_, DemoMigrations());
  BuildDemo(other, clock_, Options(DemoArea::kLambethSouthwark, 8));

  const auto first = People();
  EXPECT_EQ(first, PeopleOf(same));
  const auto different = PeopleOf(other);
  ASSERT_EQ(first.size(), different.size());
  int differing = 0;
  for (std::size_t i = 0; i < first.size(); ++i) {
    differing += first[i] != different[i] ? 1 : 0;
  }
  EXPECT_GT(differing, static_cast<int>(first.size()) / 2);
}

TEST_F(DemoBuilderTest, RefusesASecondLoadAndAddsNothing) {
  EXPECT_FALSE(HasData(db_));
  BuildDemo(db_, clock_, Options());
  EXPECT_TRUE(HasData(db_));
  const std::vector<std::string> tables = {"areas", "organisations", "teams",
                                           "users", "team_members",  "people"};
  std::vector<std::int64_t> before;
  before.reserve(tables.size());
  for (const auto& table : tables) {
    before.push_back(CountRows(table));
  }
  try {
    BuildDemo(db_, clock_, Options(DemoArea::kCoastalWestSussex));
    FAIL() << "a second load was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kConflict);
    EXPECT_STREQ(e.what(),
                 "the database already holds data; demo data is only loaded into an empty "
                 "database");
  }
  for (std::size_t i = 0; i < tables.size(); ++i) {
    EXPECT_EQ(CountRows(tables[i]), before[i]) << tables[i];
  }
}

TEST_F(DemoBuilderTest, CoastalWestSussexHasEightNetworksIncludingRegis) {
  const DemoSummary summary = BuildDemo(db_, clock_, Options(DemoArea::kCoastalWestSussex));
  EXPECT_EQ(summary.systems, 1);
  EXPECT_EQ(summary.places, 1);
  EXPECT_EQ(summary.networks, 8);
  Read([&](sql::Transaction& tx) {
    store::AreaRepository areas(tx);
    std::set<std::string> names;
    for (const auto& network : areas.List(domain::AreaKind::kNetwork)) {
      names.insert(network.name);
      EXPECT_EQ(areas.FindById(network.parent_id.value())->code, "coastal-west-sussex");
    }
    EXPECT_EQ(names.size(), 8U);
    EXPECT_TRUE(names.contains("Regis"));
    EXPECT_FALSE(areas.FindByCode("southwark-north").has_value());

    store::UserRepository users(tx);
    store::OrganisationRepository organisations(tx);
    const auto gp = users.FindByUsername("gp.regis");
    ASSERT_TRUE(gp.has_value());
    const auto practice = organisations.FindById(gp->organisation_id);
    EXPECT_EQ(practice->kind, domain::OrganisationKind::kGpPractice);
    EXPECT_EQ(areas.FindById(areas.FindById(practice->area_id.value())->parent_id.value())->name,
              "Regis");
    const auto coordinator = users.FindByUsername("coordinator.regis");
    ASSERT_TRUE(coordinator.has_value());
    EXPECT_EQ(coordinator->role, domain::Role::kCareCoordinator);
    const auto teams = store::TeamRepository(tx).TeamsOf(coordinator->id);
    ASSERT_EQ(teams.size(), 1U);
    EXPECT_EQ(teams.front().area_id, areas.FindByCode("regis")->id);
    EXPECT_EQ(organisations.FindByOdsCode("H82065")->name, "Ball Tree Surgery");
    EXPECT_TRUE(users.FindByUsername("admin").has_value());
    EXPECT_FALSE(users.FindByUsername("gp.albion").has_value());
  });
}

TEST_F(DemoBuilderTest, AllLoadsBothSystems) {
  const DemoSummary summary = BuildDemo(db_, clock_, Options(DemoArea::kAll));
  EXPECT_EQ(summary.systems, 2);
  EXPECT_EQ(summary.places, 3);
  EXPECT_EQ(summary.networks, 13);
  EXPECT_EQ(summary.users, static_cast<int>(DemoUsers().size()));
  EXPECT_EQ(CountRows("users"), static_cast<std::int64_t>(DemoUsers().size()));
}

TEST_F(DemoBuilderTest, ScaleSharesPeopleByListSizeAndFillsTheRegister) {
  DemoOptions options = Options();
  options.scale = 3'000;
  const DemoSummary summary = BuildDemo(db_, clock_, options);
  EXPECT_EQ(summary.people, 3'004);  // four story people and the scale
  EXPECT_EQ(CountRows("people"), 3'004);
  EXPECT_EQ(CountRows("register_patients"), 3'004);
  EXPECT_EQ(CountRows("register_imports"), 1);
  // Every generated person came in through the import with a name; the story people kept
  // their fixed identities.
  EXPECT_EQ(Read([](sql::Transaction& tx) {
              std::int64_t n = 0;
              tx.Query(
                  "SELECT COUNT(*) AS n FROM people WHERE given_name = '' OR "
                  "practice_id IS NULL",
                  {}, [&](const sql::Row& r) { n = r.Int("n"); });
              return n;
            }),
            0);
  EXPECT_EQ(Read([](sql::Transaction& tx) {
              std::int64_t n = 0;
              tx.Query(
                  "SELECT COUNT(*) AS n FROM people p JOIN register_patients r ON "
                  "r.person_id = p.id WHERE p.nhs_number = '9990000018' OR "
                  "p.family_name = 'Okafor'",
                  {}, [&](const sql::Row& r) { n = r.Int("n"); });
              return n;
            }),
            Read([](sql::Transaction& tx) {
              std::int64_t n = 0;
              tx.Query(
                  "SELECT COUNT(*) AS n FROM people WHERE nhs_number = '9990000018' OR "
                  "family_name = 'Okafor'",
                  {}, [&](const sql::Row& r) { n = r.Int("n"); });
              return n;
            }));
}

TEST_F(DemoBuilderTest, CareHomeResidentsLiveInTheDemoCareHomes) {
  DemoOptions options = Options();
  options.scale = 20'000;
  BuildDemo(db_, clock_, options);
  const auto count = [&](const std::string& sql) {
    return Read([&](sql::Transaction& tx) {
      std::int64_t n = 0;
      tx.Query(sql, {}, [&](const sql::Row& r) { n = r.Int("n"); });
      return n;
    });
  };
  EXPECT_GT(count("SELECT COUNT(*) AS n FROM register_patients WHERE care_home_ods IS NOT NULL"),
            0);
  EXPECT_EQ(count("SELECT COUNT(*) AS n FROM register_patients r WHERE r.care_home_ods IS NOT "
                  "NULL AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.kind = 'care_home' "
                  "AND o.ods_code = r.care_home_ods)"),
            0);
}

TEST_F(DemoBuilderTest, WithoutClinicalDataTheRegisterStaysEmpty) {
  DemoOptions options = Options();
  options.clinical = false;
  BuildDemo(db_, clock_, options);
  EXPECT_GT(CountRows("people"), 4);
  EXPECT_EQ(CountRows("register_patients"), 0);
}

TEST_F(DemoBuilderTest, RejectsAnOutOfRangeScale) {
  DemoOptions options = Options();
  options.scale = kMaxScale + 1;
  EXPECT_THROW(BuildDemo(db_, clock_, options), Error);
  EXPECT_FALSE(HasData(db_));
}

TEST_F(DemoBuilderTest, RejectsAnOutOfRangePopulationSize) {
  DemoOptions options = Options();
  options.people_per_practice = -1;
  try {
    BuildDemo(db_, clock_, options);
    FAIL() << "accepted -1 people per practice";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kBadRequest);
  }
  EXPECT_FALSE(HasData(db_));
}

}  // namespace
}  // namespace lcn::demo
