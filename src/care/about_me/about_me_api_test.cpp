// SPDX-License-Identifier: Apache-2.0
//
// About me through the API on both engines: told once and read by the whole care team (another
// organisation included), every version kept and attributed (the person, their carer or a
// professional), a stale version refused with nothing overwritten, strict vocabularies with the
// field named, and the relationship and permission checks, each decision audited.
#include <gtest/gtest.h>

#include "crypto/crypto.hpp"
#include "integration/api_fixture.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::integration {
namespace {

using nlohmann::json;

class AboutMeApiTest : public ApiTest {
 protected:
  std::string Person() { return "/api/v1/people/" + std::to_string(ids_.person_north); }

  std::string AboutMe() { return Person() + "/about-me"; }

  static json Content() {
    return {{"whatMattersToMe", "Getting to the allotment on Saturdays"},
            {"myStory", "Drove the 12 bus for 40 years."},
            {"peopleWhoSupportMe", "My daughter Jane, and Sam next door"},
            {"communicationNeeds",
             {{"formats", {"large_print", "telephone"}},
              {"interpreterNeeded", false},
              {"otherNeeds", "Hard of hearing on the left"}}},
            {"contacts",
             {{{"name", "Jane Doe"},
               {"relationship", "daughter"},
               {"isCarer", true},
               {"isNextOfKin", true},
               {"phone", "07700 900123"},
               {"mayView", "plan_and_appointments"}},
              {{"name", "Sam Smith"}, {"relationship", "neighbour"}, {"mayView", "nothing"}}}}};
  }

  static json Write(const json& content, const std::string& written_by, std::int64_t version) {
    return {{"content", content}, {"writtenBy", written_by}, {"version", version}};
  }

  std::int64_t UserId(const std::string& username) {
    std::int64_t id = 0;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      tx.Query("SELECT id FROM users WHERE username = ${u}", {{"u", username}},
               [&](const sql::Row& r) { id = r.Int("id"); });
    });
    return id;
  }

  static std::vector<std::string> Fields(const api::Response& r) {
    std::vector<std::string> out;
    const json body = Body(r);  // kept alive for the loop
    for (const json& e : body["errors"]) {
      out.push_back(e["field"].get<std::string>());
    }
    return out;
  }
};

TEST_P(AboutMeApiTest, NotWrittenYetIsVersionZeroWithEmptyContent) {
  const auto r = Get(AboutMe(), SignIn("gp.north"));
  ASSERT_EQ(r.status, 200) << r.body;
  const json body = Body(r);
  EXPECT_EQ(body["version"], 0);
  EXPECT_TRUE(body["writtenBy"].is_null());
  EXPECT_EQ(body["content"]["whatMattersToMe"], "");
  EXPECT_EQ(body["content"]["contacts"], json::array());
  EXPECT_EQ(Body(Get(AboutMe() + "/versions", SignIn("gp.north")))["versions"], json::array());
  EXPECT_EQ(CountAudit(ids_.person_north, "read-about-me", "allowed"), 2);
}

TEST_P(AboutMeApiTest, WrittenOnceKeptInVersionsEachAttributed) {
  auto gp = SignIn("gp.north");
  json first = Write(Content(), "person", 0);
  first["writtenWith"] = "with her daughter Jane";
  first["note"] = "First written at home";
  const auto r1 = Put(AboutMe(), first, gp);
  ASSERT_EQ(r1.status, 200) << r1.body;
  EXPECT_EQ(Body(r1)["version"], 1);
  EXPECT_EQ(Body(r1)["writtenBy"], "person");
  EXPECT_EQ(Body(r1)["recordedBy"]["displayName"], "gp.north");
  EXPECT_EQ(Body(r1)["recordedBy"]["organisation"], "North Practice");

  clock_.AdvanceSeconds(3600);  // sessions end when idle: sign in again
  gp = SignIn("gp.north");
  json changed = Content();
  changed["whatMattersToMe"] = "Seeing my grandchildren";
  changed["communicationNeeds"]["formats"] = {"easy_read"};
  json second = Write(changed, "carer", 1);
  second["note"] = "Jane updated it by phone";
  const auto coordinator = SignIn("coordinator.north");
  const auto r2 = Put(AboutMe(), second, coordinator);
  ASSERT_EQ(r2.status, 200) << r2.body;
  EXPECT_EQ(Body(r2)["version"], 2);

  const json current = Body(Get(AboutMe(), gp));
  EXPECT_EQ(current["version"], 2);
  EXPECT_EQ(current["writtenBy"], "carer");
  EXPECT_EQ(current["recordedBy"]["displayName"], "coordinator.north");
  EXPECT_EQ(current["content"]["whatMattersToMe"], "Seeing my grandchildren");
  EXPECT_EQ(current["content"]["communicationNeeds"]["formats"], json::array({"easy_read"}));
  EXPECT_EQ(current["content"]["contacts"][0]["mayView"], "plan_and_appointments");
  EXPECT_TRUE(current["content"]["contacts"][1]["phone"].is_null());

  const json versions = Body(Get(AboutMe() + "/versions", gp))["versions"];
  ASSERT_EQ(versions.size(), 2U);
  EXPECT_EQ(versions[0]["version"], 2);  // newest first
  EXPECT_EQ(versions[0]["writtenBy"], "carer");
  EXPECT_EQ(versions[0]["note"], "Jane updated it by phone");
  EXPECT_EQ(versions[1]["writtenBy"], "person");
  EXPECT_EQ(versions[1]["writtenWith"], "with her daughter Jane");
  EXPECT_EQ(versions[1]["recordedBy"]["displayName"], "gp.north");
  EXPECT_LT(versions[1]["recordedAt"].get<std::string>(),
            versions[0]["recordedAt"].get<std::string>());

  const auto old = Get(AboutMe() + "/versions/1", gp);
  ASSERT_EQ(old.status, 200) << old.body;
  EXPECT_EQ(Body(old)["content"]["whatMattersToMe"], "Getting to the allotment on Saturdays");
  EXPECT_EQ(Body(old)["latestVersion"], 2);
  EXPECT_EQ(Get(AboutMe() + "/versions/3", gp).status, 404);
  EXPECT_EQ(Get(AboutMe() + "/versions/x", gp).status, 404);
  EXPECT_EQ(CountAudit(ids_.person_north, "update-about-me", "allowed"), 2);
}

TEST_P(AboutMeApiTest, StaleVersionIsRefusedAndNothingIsOverwritten) {
  const auto gp = SignIn("gp.north");
  const auto coordinator = SignIn("coordinator.north");
  ASSERT_EQ(Put(AboutMe(), Write(Content(), "professional", 0), gp).status, 200);
  // Both open version 1; the coordinator saves first.
  json mine = Content();
  mine["myStory"] = "The coordinator's edit";
  ASSERT_EQ(Put(AboutMe(), Write(mine, "professional", 1), coordinator).status, 200);
  json theirs = Content();
  theirs["myStory"] = "The GP's edit";
  const auto stale = Put(AboutMe(), Write(theirs, "professional", 1), gp);
  ASSERT_EQ(stale.status, 409) << stale.body;
  EXPECT_EQ(Body(stale)["type"], "/problems/conflict");
  EXPECT_EQ(Body(stale)["currentVersion"], 2);
  // A second "first version" is stale too.
  EXPECT_EQ(Body(Put(AboutMe(), Write(theirs, "professional", 0), gp))["currentVersion"], 2);
  EXPECT_EQ(Put(AboutMe(), Write(theirs, "professional", 7), gp).status, 409);

  const json current = Body(Get(AboutMe(), gp));
  EXPECT_EQ(current["version"], 2);
  EXPECT_EQ(current["content"]["myStory"], "The coordinator's edit");
  EXPECT_EQ(Body(Get(AboutMe() + "/versions", gp))["versions"].size(), 2U);
  // The refused writes were still access decisions, each audited.
  EXPECT_EQ(CountAudit(ids_.person_north, "update-about-me", "allowed"), 5);
}

TEST_P(AboutMeApiTest, BadVocabularyIsRefusedWithThePreciseField) {
  const auto gp = SignIn("gp.north");
  json content = Content();
  content["contacts"][1]["mayView"] = "the_lot";
  content["communicationNeeds"]["formats"] = {"large_print", "brialle"};
  content["communicationNeeds"]["interpreterNeeded"] = true;
  json body = Write(content, "neighbour", 0);
  body["colour"] = "blue";
  const auto r = Put(AboutMe(), body, gp);
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(Fields(r),
            (std::vector<std::string>{"content.communicationNeeds.formats[1]",
                                      "content.communicationNeeds.language",
                                      "content.contacts[1].mayView", "writtenBy", "colour"}));
  EXPECT_NE(r.body.find("did you mean 'braille'"), std::string::npos);
  EXPECT_EQ(Put(AboutMe(), {{"content", Content()}, {"writtenBy", "person"}}, gp).status, 400);
  EXPECT_EQ(Fields(Put(AboutMe(), Write(Content(), "person", -1), gp)),
            std::vector<std::string>{"version"});
  EXPECT_EQ(Body(Get(AboutMe(), gp))["version"], 0);  // nothing stored
}

TEST_P(AboutMeApiTest, VisibleToACareTeamMemberFromAnotherOrganisation) {
  const auto gp = SignIn("gp.north");
  const auto social = SignIn("social.worker");  // the council, not North's
  ASSERT_EQ(Put(AboutMe(), Write(Content(), "person", 0), gp).status, 200);
  EXPECT_EQ(Get(AboutMe(), social).status, 403);
  ASSERT_EQ(Post(Person() + "/care-team",
                 {{"userId", UserId("social.worker")}, {"role", "Social worker"}}, gp)
                .status,
            201);
  const auto read = Get(AboutMe(), social);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(Body(read)["content"]["whatMattersToMe"], "Getting to the allotment on Saturdays");
  // A social worker in the team may write it too, with the person.
  const auto r = Put(AboutMe(), Write(Content(), "person", 1), social);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Body(r)["recordedBy"]["organisation"], "Council ASC");
}

TEST_P(AboutMeApiTest, WithoutARelationshipRefusedAndAudited) {
  const auto south = SignIn("gp.south");
  const auto w = Put(AboutMe(), Write(Content(), "person", 0), south);
  ASSERT_EQ(w.status, 403) << w.body;
  EXPECT_EQ(Body(w)["type"], "/problems/no-legitimate-relationship");
  EXPECT_EQ(CountAudit(ids_.person_north, "update-about-me", "denied"), 1);
  EXPECT_EQ(Get(AboutMe(), south).status, 403);
  EXPECT_EQ(Get(AboutMe() + "/versions", south).status, 403);
  EXPECT_EQ(Get(AboutMe() + "/versions/1", south).status, 403);
  EXPECT_EQ(CountAudit(ids_.person_north, "read-about-me", "denied"), 3);
  EXPECT_EQ(Body(Get(AboutMe(), SignIn("gp.north")))["version"], 0);
}

TEST_P(AboutMeApiTest, RolesWithoutAboutMeWriteAreRefusedAndAudited) {
  // A paramedic reads records in an emergency but does not write About me.
  store::RunInTransaction(*db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    domain::User u;
    u.username = "paramedic";
    u.display_name = "paramedic";
    u.role = domain::Role::kParamedic;
    u.organisation_id = OrganisationId(ids_.practice_north);
    u.password_hash = crypto::HashPassword(kPassword, crypto::HashCost::kMinimal);
    store::UserRepository(tx).Insert(u, clock_.Now());
  });
  for (const std::string user : {"paramedic", "analyst"}) {
    const auto r = Put(AboutMe(), Write(Content(), "person", 0), SignIn(user));
    ASSERT_EQ(r.status, 403) << r.body;
    EXPECT_EQ(Body(r)["type"], "/problems/forbidden");
    EXPECT_NE(Body(r)["detail"].get<std::string>().find("about-me:write"), std::string::npos);
  }
  EXPECT_EQ(CountAudit(ids_.person_north, "refuse", "denied"), 2);
  EXPECT_EQ(Body(Get(AboutMe(), SignIn("gp.north")))["version"], 0);
}

TEST_P(AboutMeApiTest, VocabularyAndOpenApiDescribeAboutMe) {
  const auto gp = SignIn("gp.north");
  const auto r = Get("/api/v1/about-me/vocabulary", gp);
  ASSERT_EQ(r.status, 200) << r.body;
  bool braille = false;
  const json vocabulary = Body(r);
  for (const json& need : vocabulary["communicationNeeds"]) {
    braille = braille || (need["code"] == "braille" && need["kind"] == "information_format");
  }
  EXPECT_TRUE(braille);
  EXPECT_EQ(vocabulary["mayView"].size(), 4U);
  const auto openapi = Get("/api/v1/openapi.json", gp);
  ASSERT_EQ(openapi.status, 200);
  const json paths = Body(openapi)["paths"];
  EXPECT_TRUE(paths.contains("/api/v1/people/{id}/about-me"));
  EXPECT_TRUE(paths.contains("/api/v1/people/{id}/about-me/versions/{version}"));
}

INSTANTIATE_TEST_SUITE_P(Engines, AboutMeApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
