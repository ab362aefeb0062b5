// SPDX-License-Identifier: Apache-2.0
//
// BuildDemo against an in-memory SQLite database: the geography, the named practices, users and
// story people that browser and API tests depend on, the synthetic population's NHS numbers and
// determinism, and the refusal to load into a database that already holds data.
#include "demo/demo_builder.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/error.hpp"
#include "domain/nhs_number.hpp"
#include "domain/role.hpp"
#include "sql/migrator.hpp"
#include "sql/sqlite/sqlite_database.hpp"
#include "store/area_repository.hpp"
#include "store/organisation_repository.hpp"
#include "store/person_repository.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::demo {
namespace {

using PersonRow = std::tuple<std::string, std::string, std::string, std::string, std::string,
                             std::string, std::string>;

// Every person with their practice's ODS code, in insertion order.
std::vector<PersonRow> PeopleOf(sql::Database& db) {
  return store::RunInTransaction(db, sql::TransactionMode::kReadOnly, [](sql::Transaction& tx) {
    std::vector<PersonRow> out;
    tx.Query(
        "SELECT p.nhs_number, p.given_name, p.family_name, p.birth_date, p.sex, p.postcode, "
        "o.ods_code FROM people p JOIN organisations o ON o.id = p.practice_id ORDER BY p.id",
        {}, [&](const sql::Row& r) {
          out.emplace_back(r.Text("nhs_number"), r.Text("given_name"), r.Text("family_name"),
                           r.Text("birth_date"), r.Text("sex"), r.Text("postcode"),
                           r.Text("ods_code"));
        });
    return out;
  });
}

class DemoBuilderTest : public ::testing::Test {
 protected:
  void SetUp() override { sql::ApplyMigrations(db_, clock_); }

  static DemoOptions Options(DemoArea area = DemoArea::kLambethSouthwark, std::uint64_t seed = 42) {
    DemoOptions options;
    options.area = area;
    options.seed = seed;
    options.people_per_practice = 5;
    options.hash_cost = crypto::HashCost::kMinimal;
    return options;
  }

  template <typename Fn>
  auto Read(Fn&& fn) {
    return store::RunInTransaction(db_, sql::TransactionMode::kReadOnly, std::forward<Fn>(fn));
  }

  std::int64_t CountRows(const std::string& table) {
    return Read([&](sql::Transaction& tx) {
      std::int64_t n = 0;
      tx.Query("SELECT COUNT(*) AS n FROM " + table, {},
               [&](const sql::Row& r) { n = r.Int("n"); });
      return n;
    });
  }

  std::vector<PersonRow> People() { return PeopleOf(db_); }

  sql::SqliteDatabase db_{":memory:"};
  SystemClock clock_;
};

TEST(DemoAreaTest, ParsesTheCommandLineNames) {
  EXPECT_EQ(ParseDemoArea("lambeth-southwark"), DemoArea::kLambethSouthwark);
  EXPECT_EQ(ParseDemoArea("coastal-west-sussex"), DemoArea::kCoastalWestSussex);
  EXPECT_EQ(ParseDemoArea("all"), DemoArea::kAll);
  EXPECT_EQ(ParseDemoArea("Lambeth"), std::nullopt);
}

TEST_F(DemoBuilderTest, CreatesTheFiveLambethAndSouthwarkNetworksInTheirPlaces) {
  const DemoSummary summary = BuildDemo(db_, clock_, Options());
  EXPECT_EQ(summary.systems, 1);
  EXPECT_EQ(summary.places, 2);
  EXPECT_EQ(summary.networks, 5);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"lambeth-north", "lambeth"},
      {"lambeth-south-east", "lambeth"},
      {"lambeth-south-west", "lambeth"},
      {"southwark-north", "southwark"},
      {"southwark-south", "southwark"}};
  Read([&](sql::Transaction& tx) {
    store::AreaRepository areas(tx);
    for (const auto& [network_code, place_code] : expected) {
      const auto network = areas.FindByCode(network_code);
      ASSERT_TRUE(network.has_value()) << network_code;
      EXPECT_EQ(network->kind, domain::AreaKind::kNetwork);
      ASSERT_TRUE(network->parent_id.has_value());
      const auto place = areas.FindById(*network->parent_id);
      ASSERT_TRUE(place.has_value());
      EXPECT_EQ(place->code, place_code);
      EXPECT_EQ(place->kind, domain::AreaKind::kPlace);
      const auto system = areas.FindById(place->parent_id.value());
      EXPECT_EQ(system->code, "south-east-london");
    }
    const auto north = areas.FindByCode("southwark-north");
    std::vector<std::string> neighbourhoods;
    for (const auto& n : areas.List(domain::AreaKind::kNeighbourhood, north->id)) {
      neighbourhoods.push_back(n.name);
    }
    EXPECT_EQ(std::set<std::string>(neighbourhoods.begin(), neighbourhoods.end()),
              (std::set<std::string>{"Bermondsey", "Borough", "Rotherhithe", "Walworth"}));
  });
}

TEST_F(DemoBuilderTest, PutsAlbionStreetInSouthwarkNorthThroughItsNeighbourhood) {
  BuildDemo(db_, clock_, Options());
  Read([&](sql::Transaction& tx) {
    const auto albion = store::OrganisationRepository(tx).FindByOdsCode("G85138");
    ASSERT_TRUE(albion.has_value());
    EXPECT_EQ(albion->name, "Albion Street Group Practice");
    EXPECT_EQ(albion->kind, domain::OrganisationKind::kGpPractice);
    EXPECT_EQ(albion->list_size, 15057);
    EXPECT_EQ(albion->pcn_code, "U06180");
    store::AreaRepository areas(tx);
    const auto neighbourhood = areas.FindById(albion->area_id.value());
    ASSERT_TRUE(neighbourhood.has_value());
    EXPECT_EQ(neighbourhood->kind, domain::AreaKind::kNeighbourhood);
    EXPECT_EQ(neighbourhood->parent_id, areas.FindByCode("southwark-north")->id);
  });
}

TEST_F(DemoBuilderTest, AreaPopulationIsTheSumOfItsPracticeLists) {
  BuildDemo(db_, clock_, Options());
  Read([&](sql::Transaction& tx) {
    store::AreaRepository areas(tx);
    const auto north = areas.FindByCode("southwark-north");
    store::OrganisationFilter filter;
    filter.kind = domain::OrganisationKind::kGpPractice;
    filter.within_area = north->id;
    std::int64_t total = 0;
    for (const auto& practice : store::OrganisationRepository(tx).List(filter)) {
      total += practice.list_size.value_or(0);
    }
    EXPECT_GT(total, 100'000);
    EXPECT_EQ(north->population, total);
  });
}

TEST_F(DemoBuilderTest, CreatesEveryDemoUserWithItsRoleOrganisationAndPassword) {
  const DemoSummary summary = BuildDemo(db_, clock_, Options());
  const std::vector<std::pair<std::string, std::string>> required = {
      {"gp.albion", "gp"},
      {"nurse.albion", "practice_nurse"},
      {"coordinator.southwark-north", "care_coordinator"},
      {"manager.southwark-north", "network_manager"},
      {"socialworker.southwark-north", "social_worker"},
      {"nurse.southwark-north", "community_nurse"},
      {"gp.hurley", "gp"},
      {"coordinator.lambeth-north", "care_coordinator"},
      {"analyst", "analyst"},
      {"privacy.officer", "privacy_officer"},
      {"admin", "administrator"}};
  EXPECT_EQ(summary.users, static_cast<int>(required.size()));
  Read([&](sql::Transaction& tx) {
    store::UserRepository users(tx);
    store::OrganisationRepository organisations(tx);
    for (const auto& [username, role] : required) {
      const auto user = users.FindByUsername(username);
      ASSERT_TRUE(user.has_value()) << username;
      EXPECT_EQ(domain::RoleName(user->role), role) << username;
    }
    for (const auto& demo_user : DemoUsersFor(DemoArea::kLambethSouthwark)) {
      const auto user = users.FindByUsername(demo_user.username);
      ASSERT_TRUE(user.has_value()) << demo_user.username;
      EXPECT_EQ(user->display_name, demo_user.display_name);
      EXPECT_EQ(organisations.FindById(user->organisation_id)->name, demo_user.organisation);
    }
    const auto gp = users.FindByUsername("gp.albion");
    EXPECT_EQ(gp->display_name, "Dr Amira Patel");
    EXPECT_EQ(organisations.FindById(gp->organisation_id)->ods_code, "G85138");
    EXPECT_TRUE(crypto::VerifyPassword(kDemoPassword, gp->password_hash));
    EXPECT_EQ(organisations.FindById(users.FindByUsername("gp.hurley")->organisation_id)->ods_code,
              "G85053");
    const auto icb = organisations.FindById(users.FindByUsername("admin")->organisation_id);
    EXPECT_EQ(icb->ods_code, "QKK");
    EXPECT_EQ(icb->kind, domain::OrganisationKind::kIntegratedCareBoard);

    store::TeamRepository teams(tx);
    const auto team_of = [&](const std::string& username) {
      const auto of = teams.TeamsOf(users.FindByUsername(username)->id);
      return of.size() == 1 ? of.front().name
                            : std::string("(teams: ") + std::to_string(of.size()) + ")";
    };
    EXPECT_EQ(team_of("coordinator.southwark-north"), "Southwark North care coordination");
    EXPECT_EQ(team_of("manager.southwark-north"), "Southwark North care coordination");
    EXPECT_EQ(team_of("socialworker.southwark-north"), "Southwark North adult social care");
    EXPECT_EQ(team_of("nurse.southwark-north"), "Southwark North district nursing");
    EXPECT_EQ(team_of("coordinator.lambeth-north"), "Lambeth North care coordination");
  });
}

TEST_F(DemoBuilderTest, CreatesTheStoryPeopleAtTheirPractices) {
  BuildDemo(db_, clock_, Options());
  struct Story {
    std::string nhs, given, family, birth;
    domain::Sex sex;
    std::string practice;
  };
  const std::vector<Story> stories = {
      {"9990000018", "Doris", "Jones", "1938-04-12", domain::Sex::kFemale, "G85138"},
      {"9990000026", "Winston", "Clarke", "1944-09-30", domain::Sex::kMale, "G85053"},
      {"9990000034", "Mary", "Smith", "1951-01-17", domain::Sex::kFemale, "G85034"},
      {"9990000042", "Samuel", "Okafor", "1959-06-03", domain::Sex::kMale, "G85040"}};
  Read([&](sql::Transaction& tx) {
    store::PersonRepository people(tx);
    store::OrganisationRepository organisations(tx);
    for (const auto& story : stories) {
      const auto person = people.FindByNhsNumber(story.nhs);
      ASSERT_TRUE(person.has_value()) << story.nhs;
      EXPECT_EQ(person->given_name, story.given);
      EXPECT_EQ(person->family_name, story.family);
      EXPECT_EQ(person->birth_date, story.birth);
      EXPECT_EQ(person->sex, story.sex);
      EXPECT_EQ(organisations.FindById(person->practice_id.value())->ods_code, story.practice);
    }
  });
}

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
  sql::ApplyMigrations(same, clock_);
  BuildDemo(same, clock_, Options(DemoArea::kLambethSouthwark, 7));
  sql::SqliteDatabase other(":memory:");
  sql::ApplyMigrations(other, clock_);
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
