// SPDX-License-Identifier: Apache-2.0
//
// BuildDemo content that browser and API tests depend on: the South East London geography,
// named practices, staff accounts with their roles and teams, and the story people.
#include "demo/demo_builder.hpp"

#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/error.hpp"
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

TEST_F(DemoBuilderTest, CreatesTrustsPartnersAndClearlyFictionalCareHomes) {
  BuildDemo(db_, clock_, Options());
  Read([&](sql::Transaction& tx) {
    store::OrganisationRepository organisations(tx);
    const auto gstt = organisations.FindByOdsCode("RJ1");
    ASSERT_TRUE(gstt.has_value());
    EXPECT_EQ(gstt->kind, domain::OrganisationKind::kAcuteTrust);
    EXPECT_EQ(organisations.FindByOdsCode("RV5")->kind,
              domain::OrganisationKind::kMentalHealthTrust);
    EXPECT_FALSE(organisations.FindByOdsCode("RDR").has_value());  // Sussex is not loaded

    store::OrganisationFilter filter;
    filter.kind = domain::OrganisationKind::kVoluntaryOrganisation;
    const auto voluntary = organisations.List(filter);
    EXPECT_GE(voluntary.size(), 15U);
    for (const auto& organisation : voluntary) {
      EXPECT_TRUE(organisation.description.has_value()) << organisation.name;
      EXPECT_TRUE(organisation.website.value_or("").starts_with("http")) << organisation.name;
    }
    filter.kind = domain::OrganisationKind::kCareHome;
    const auto care_homes = organisations.List(filter);
    EXPECT_EQ(care_homes.size(), 10U);
    for (const auto& home : care_homes) {
      EXPECT_NE(home.description.value_or("").find("Demo"), std::string::npos) << home.name;
      // A fictional code in the ODS form, so that residents' records can name their home; no
      // real ODS code starts with DEMO.
      EXPECT_TRUE(home.ods_code.value_or("").starts_with("DEMOCH")) << home.name;
      EXPECT_TRUE(home.area_id.has_value()) << home.name;
    }
    filter.kind = domain::OrganisationKind::kAdultSocialCare;
    EXPECT_EQ(organisations.List(filter).size(), 2U);
    filter.kind = domain::OrganisationKind::kHealthwatch;
    EXPECT_EQ(organisations.List(filter).size(), 2U);
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

}  // namespace
}  // namespace lcn::demo
