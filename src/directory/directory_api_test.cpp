// SPDX-License-Identifier: Apache-2.0
//
// Geography, organisations, teams and users through the API: reads for everyone signed in,
// changes for administrators only, with validation, duplicates and stale versions refused.
#include <gmock/gmock.h>

#include "integration/api_fixture.hpp"

namespace lcn::integration {
namespace {

using nlohmann::json;

class DirectoryApiTest : public ApiTest {};

TEST_P(DirectoryApiTest, NetworksShowPlacePracticesAndRegisteredPatients) {
  Session gp = SignIn("gp.north");
  const auto list = Get("/api/v1/networks", gp);
  ASSERT_EQ(list.status, 200);
  const auto items = Body(list)["items"];
  ASSERT_EQ(items.size(), 2U);
  EXPECT_EQ(items[0]["name"], "North");
  EXPECT_EQ(items[0]["place"]["name"], "Southwark");
  EXPECT_EQ(items[0]["practiceCount"], 1);  // the practice sits in a neighbourhood of North
  EXPECT_EQ(items[0]["registeredPatients"], 12000);
  const auto detail = Get("/api/v1/networks/" + std::to_string(ids_.network_north), gp);
  ASSERT_EQ(detail.status, 200);
  EXPECT_EQ(Body(detail)["neighbourhoods"][0]["name"], "Bermondsey");
  EXPECT_EQ(Body(detail)["practices"][0]["odsCode"], "G0001");
  EXPECT_EQ(Body(detail)["practices"][0]["neighbourhoodId"], ids_.neighbourhood_north);
  EXPECT_EQ(Get("/api/v1/networks/" + std::to_string(ids_.practice_north), gp).status, 404);
  const auto orgs = Get("/api/v1/organisations", gp, {{"kind", "gp_practice"}});
  EXPECT_EQ(Body(orgs)["items"].size(), 2U);
  EXPECT_EQ(Get("/api/v1/organisations", gp, {{"kind", "hospital"}}).status, 400);
}

TEST_P(DirectoryApiTest, OnlyAdministratorsChangeTheDirectory) {
  Session gp = SignIn("gp.north");
  const json area = {
      {"kind", "neighbourhood"}, {"name", "Rotherhithe"}, {"parentId", ids_.network_north}};
  EXPECT_EQ(Post("/api/v1/areas", area, gp).status, 403);
  Session admin = SignIn("admin");
  const auto created = Post("/api/v1/areas", area, admin);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(Body(created)["kind"], "neighbourhood");
}

TEST_P(DirectoryApiTest, AreasMustNestSystemPlaceNetworkNeighbourhood) {
  Session admin = SignIn("admin");
  auto wrong_parent =
      Post("/api/v1/areas",
           {{"kind", "neighbourhood"}, {"name", "X"}, {"parentId", ids_.practice_north}}, admin);
  EXPECT_EQ(wrong_parent.status, 400);
  auto bad_kind = Post("/api/v1/areas", {{"kind", "county"}, {"name", "X"}}, admin);
  EXPECT_EQ(bad_kind.status, 400);
  auto no_parent = Post("/api/v1/areas", {{"kind", "network"}, {"name", "Orphan"}}, admin);
  EXPECT_EQ(no_parent.status, 400);
  auto dup_code =
      Post("/api/v1/areas",
           {{"kind", "network"},
            {"name", "North again"},
            {"code", "north"},
            {"parentId",
             Body(Get("/api/v1/areas/" + std::to_string(ids_.network_north), admin))["parentId"]}},
           admin);
  EXPECT_EQ(dup_code.status, 409);
}

TEST_P(DirectoryApiTest, OrganisationChangesUseVersionsAndOdsCodesAreUnique) {
  Session admin = SignIn("admin");
  const json org = {{"kind", "care_home"},
                    {"name", "Rose Court (demo)"},
                    {"areaId", ids_.network_north},
                    {"odsCode", "VXYZ1"}};
  auto created = Post("/api/v1/organisations", org, admin);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(Post("/api/v1/organisations", org, admin).status, 409);
  json change = Body(created);
  const std::string path = "/api/v1/organisations/" + std::to_string(change["id"].get<int>());
  change.erase("id");
  change["name"] = "Rose Court";
  auto first = Put(path, change, admin);
  ASSERT_EQ(first.status, 200) << first.body;
  change["name"] = "Rose Court Nursing Home";
  auto stale = Put(path, change, admin);  // still the old version
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(Body(Get(path, admin))["name"], "Rose Court");
  auto bad =
      Post("/api/v1/organisations", {{"kind", "castle"}, {"name", "X"}, {"areaId", 999999}}, admin);
  EXPECT_EQ(bad.status, 400);
}

TEST_P(DirectoryApiTest, TeamsBelongToAnOrganisationAndAlignToAnArea) {
  Session admin = SignIn("admin");
  auto team = Post("/api/v1/teams",
                   {{"organisationId", ids_.council},
                    {"name", "North adult social care"},
                    {"areaId", ids_.network_north}},
                   admin);
  ASSERT_EQ(team.status, 201) << team.body;
  EXPECT_EQ(Post("/api/v1/teams", {{"organisationId", 999999}, {"name", "X"}}, admin).status, 400);
  const auto org = Get("/api/v1/organisations/" + std::to_string(ids_.council), admin);
  EXPECT_EQ(Body(org)["teams"][0]["name"], "North adult social care");
}

TEST_P(DirectoryApiTest, AdministratorsAddUsersUnderThePasswordPolicy) {
  Session admin = SignIn("admin");
  json user = {{"username", "nurse.north"},
               {"displayName", "Nurse North"},
               {"role", "community_nurse"},
               {"organisationId", ids_.council},
               {"password", "short"}};
  auto weak = Post("/api/v1/users", user, admin);
  EXPECT_EQ(weak.status, 400);
  EXPECT_THAT(weak.body, ::testing::HasSubstr("at least 12 characters"));
  user["password"] = "a-much-better-passphrase";
  EXPECT_EQ(Post("/api/v1/users", user, admin).status, 201);
  EXPECT_EQ(Post("/api/v1/users", user, admin).status, 409);
  user["username"] = "x";
  user["role"] = "surgeon";
  EXPECT_EQ(Post("/api/v1/users", user, admin).status, 400);
  Session gp = SignIn("gp.north");
  EXPECT_EQ(Get("/api/v1/users", gp).status, 403);
}

TEST_P(DirectoryApiTest, AdministratorsChangeTeamsAndTheirMembers) {
  Session admin = SignIn("admin");
  auto team =
      Post("/api/v1/teams", {{"organisationId", ids_.council}, {"name", "ASC North"}}, admin);
  ASSERT_EQ(team.status, 201);
  const int team_id = Body(team)["id"];
  const std::string path = "/api/v1/teams/" + std::to_string(team_id);
  auto users = Body(Get("/api/v1/users", admin))["items"];
  int social_worker = 0;
  for (const auto& u : users) {
    if (u["username"] == "social.worker") {
      social_worker = u["id"];
    }
  }
  EXPECT_EQ(Post(path + "/members", {{"userId", social_worker}}, admin).status, 201);
  EXPECT_EQ(Post(path + "/members", {{"userId", social_worker}}, admin).status, 409);
  EXPECT_EQ(Post(path + "/members", {{"userId", 999999}}, admin).status, 400);
  EXPECT_EQ(Body(Get(path, admin))["members"][0]["username"], "social.worker");
  auto renamed = Put(
      path, {{"name", "ASC North (Bermondsey)"}, {"areaId", ids_.network_north}, {"version", 1}},
      admin);
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(Put(path, {{"name", "Stale"}, {"version", 1}}, admin).status, 409);
  EXPECT_EQ(Put(path, {{"name", "X"}, {"areaId", 999999}, {"version", 2}}, admin).status, 400);
  EXPECT_EQ(
      Send(api::Method::kDelete, path + "/members/" + std::to_string(social_worker), "", &admin)
          .status,
      204);
  EXPECT_EQ(
      Send(api::Method::kDelete, path + "/members/" + std::to_string(social_worker), "", &admin)
          .status,
      404);
  Session gp = SignIn("gp.north");
  EXPECT_EQ(Get(path, gp).status, 200);
  EXPECT_EQ(Put(path, {{"name", "Mine"}, {"version", 2}}, gp).status, 403);
}

TEST_P(DirectoryApiTest, TeamMembershipMakesANetworkRoleWorkAcrossThatNetwork) {
  Session admin = SignIn("admin");
  // A care coordinator employed by the council has no network until they join a team in one.
  auto created = Post("/api/v1/users",
                      {{"username", "coordinator.council"},
                       {"displayName", "C"},
                       {"role", "care_coordinator"},
                       {"organisationId", ids_.council},
                       {"password", "a-much-better-passphrase"}},
                      admin);
  ASSERT_EQ(created.status, 201);
  const int user_id = Body(created)["id"];
  const std::string person = "/api/v1/people/" + std::to_string(ids_.person_north);
  auto sign_in = [&] {
    const auto r = Send(
        api::Method::kPost, "/api/v1/session",
        json{{"username", "coordinator.council"}, {"password", "a-much-better-passphrase"}}.dump());
    const auto c = r.headers.find("Set-Cookie")->second;
    return Session{c.substr(0, c.find(';')), Body(r)["csrfToken"]};
  };
  Session coordinator = sign_in();
  EXPECT_EQ(Get(person, coordinator).status, 403);
  auto team = Post("/api/v1/teams",
                   {{"organisationId", ids_.council},
                    {"name", "North coordination"},
                    {"areaId", ids_.neighbourhood_north}},
                   admin);
  ASSERT_EQ(team.status, 201);
  const std::string members =
      "/api/v1/teams/" + std::to_string(Body(team)["id"].get<int>()) + "/members";
  ASSERT_EQ(Post(members, {{"userId", user_id}}, admin).status, 201);
  const auto allowed = Get(person, coordinator);
  ASSERT_EQ(allowed.status, 200);
  EXPECT_EQ(Body(allowed)["access"]["basis"], "network-role");
  EXPECT_EQ(Get("/api/v1/people/" + std::to_string(ids_.person_south), coordinator).status, 403);
}

TEST_P(DirectoryApiTest, AdministratorsChangeUsersWithVersionsAndDisablingEndsSessions) {
  Session admin = SignIn("admin");
  Session gp = SignIn("gp.north");
  const auto me = Body(Get("/api/v1/session", gp))["user"];
  const std::string path = "/api/v1/users/" + std::to_string(me["id"].get<int>());
  json change = {{"displayName", "Dr North"},
                 {"role", "gp"},
                 {"organisationId", ids_.practice_north},
                 {"disabled", "no"},
                 {"version", 1}};
  EXPECT_EQ(Put(path, change, admin).status, 400);  // disabled must be a boolean
  change["disabled"] = true;
  auto r = Put(path, change, admin);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Body(r)["disabled"], true);
  EXPECT_EQ(Get("/api/v1/session", gp).status, 401);
  EXPECT_EQ(Put(path, change, admin).status, 409);  // stale version
  const auto admin_id = Body(Get("/api/v1/session", admin))["user"]["id"].get<int>();
  json self = {{"displayName", "admin"},
               {"role", "administrator"},
               {"organisationId", ids_.council},
               {"disabled", true},
               {"version", 1}};
  EXPECT_EQ(Put("/api/v1/users/" + std::to_string(admin_id), self, admin).status, 409);
}

TEST_P(DirectoryApiTest, TheStaffDirectoryListsCaringStaffByNameOrOrganisation) {
  const auto social = SignIn("social.worker");
  const auto names = [&](const std::map<std::string, std::string>& query) {
    const auto r = Get("/api/v1/staff", social, query);
    EXPECT_EQ(r.status, 200) << r.body;
    const json body = Body(r);
    std::vector<std::string> out;
    for (const auto& s : body["items"]) {
      out.push_back(s["displayName"].get<std::string>());
    }
    return out;
  };
  // Caring roles only: not the analyst, the privacy officer or the administrator.
  EXPECT_THAT(names({}),
              ::testing::ElementsAre("coordinator.north", "gp.north", "gp.south", "social.worker"));
  EXPECT_THAT(names({{"q", "NORTH"}}), ::testing::ElementsAre("coordinator.north", "gp.north"));
  EXPECT_THAT(names({{"q", "council"}}), ::testing::ElementsAre("social.worker"));
  EXPECT_THAT(names({{"q", "%"}}), ::testing::IsEmpty());  // LIKE's characters are literal
  EXPECT_THAT(names({{"organisationId", std::to_string(ids_.practice_south)}}),
              ::testing::ElementsAre("gp.south"));
  EXPECT_THAT(names({{"limit", "1"}}), ::testing::ElementsAre("coordinator.north"));
  const json one = Body(Get("/api/v1/staff", social, {{"q", "gp.south"}}))["items"][0];
  EXPECT_EQ(one["role"], "gp");
  EXPECT_EQ(one["roleLabel"], "GP");
  EXPECT_EQ(one["organisationName"], "South Practice");
  EXPECT_EQ(Get("/api/v1/staff", social, {{"limit", "0"}}).status, 400);
  EXPECT_EQ(Get("/api/v1/staff", social, {{"organisationId", "x"}}).status, 404);
}

INSTANTIATE_TEST_SUITE_P(Engines, DirectoryApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
