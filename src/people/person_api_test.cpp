// SPDX-License-Identifier: Apache-2.0
//
// People: the relationship rule, break-glass, search, validation, duplicates, optimistic
// concurrency and the audit rows every decision writes.
#include <gmock/gmock.h>

#include "integration/api_fixture.hpp"

namespace lcn::integration {
namespace {

using api::Method;
using nlohmann::json;
using ::testing::HasSubstr;

class PersonApiTest : public ApiTest {
 protected:
  std::string PersonPath(std::int64_t id) { return "/api/v1/people/" + std::to_string(id); }

  static std::set<std::string> ErrorFields(const api::Response& r) {
    std::set<std::string> out;
    const auto body = Body(r);
    for (const auto& e : body["errors"]) {
      out.insert(e["field"].get<std::string>());
    }
    return out;
  }
};

TEST_P(PersonApiTest, GpSeesOwnPracticeAndIsRefusedOthersWithAnAuditRow) {
  Session gp = SignIn("gp.north");
  auto own = Get(PersonPath(ids_.person_north), gp);
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(Body(own)["access"]["basis"], "registered-practice");
  EXPECT_EQ(Body(own)["practice"]["odsCode"], "G0001");
  EXPECT_EQ(CountAudit(ids_.person_north, "read", "allowed"), 1);

  auto other = Get(PersonPath(ids_.person_south), gp);
  EXPECT_EQ(other.status, 403);
  EXPECT_EQ(Body(other)["type"], "/problems/no-legitimate-relationship");
  EXPECT_EQ(Body(other)["breakGlassAvailable"], true);
  EXPECT_EQ(other.body.find("Winston"), std::string::npos);
  EXPECT_EQ(CountAudit(ids_.person_south, "read", "denied"), 1);
}

TEST_P(PersonApiTest, CoordinatorSeesTheirNetworkOnly) {
  Session c = SignIn("coordinator.north");
  const auto r = Get(PersonPath(ids_.person_north), c);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(Body(r)["access"]["basis"], "network-role");
  EXPECT_EQ(Get(PersonPath(ids_.person_south), c).status, 403);
}

TEST_P(PersonApiTest, StaffWithoutARelationshipAreRefusedEveryone) {
  Session sw = SignIn("social.worker");
  EXPECT_EQ(Get(PersonPath(ids_.person_north), sw).status, 403);
  EXPECT_EQ(Get(PersonPath(ids_.person_south), sw).status, 403);
}

TEST_P(PersonApiTest, AnalystsAndAdministratorsNeverSeeIdentitiesAndAreAudited) {
  for (const char* who : {"analyst", "admin"}) {
    Session s = SignIn(who);
    const auto r = Get(PersonPath(ids_.person_north), s);
    EXPECT_EQ(r.status, 403) << who;
    EXPECT_EQ(Body(r)["type"], "/problems/forbidden");
    EXPECT_EQ(Get("/api/v1/people", s, {{"nhsNumber", "9990000018"}}).status, 403);
  }
  EXPECT_EQ(CountAudit(ids_.person_north, "refuse", "denied"), 2);
  Session analyst = SignIn("analyst");
  const auto counts = Get("/api/v1/counts/people-by-practice", analyst);
  ASSERT_EQ(counts.status, 200);
  EXPECT_EQ(counts.body.find("Doris"), std::string::npos);
  EXPECT_EQ(Body(counts)["items"].size(), 2U);
}

TEST_P(PersonApiTest, BreakGlassNeedsAReasonIsTimeLimitedAndReviewed) {
  Session gp = SignIn("gp.north");
  const std::string bg = PersonPath(ids_.person_south) + "/break-glass";
  auto short_reason = Post(bg, {{"reason", "urgent"}}, gp);
  EXPECT_EQ(short_reason.status, 400);
  EXPECT_EQ(ErrorFields(short_reason), std::set<std::string>{"reason"});
  EXPECT_EQ(Post(bg, json::object(), gp).status, 400);
  auto blank = Post(bg, {{"reason", "            "}}, gp);  // only spaces is no reason
  EXPECT_EQ(blank.status, 400);
  EXPECT_EQ(ErrorFields(blank), std::set<std::string>{"reason"});
  EXPECT_EQ(Post("/api/v1/people/999999/break-glass", {{"reason", "Collapsed at the surgery"}}, gp)
                .status,
            404);

  auto granted = Post(bg, {{"reason", "Collapsed at the surgery, needs history"}}, gp);
  ASSERT_EQ(granted.status, 201) << granted.body;
  auto read = Get(PersonPath(ids_.person_south), gp);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(Body(read)["access"]["basis"], "break-glass");
  EXPECT_FALSE(Body(read)["access"]["expiresAt"].is_null());
  EXPECT_EQ(CountAudit(ids_.person_south, "break-glass", "allowed"), 1);

  clock_.AdvanceSeconds(241 * 60);  // past the 4-hour default
  Session again = SignIn("gp.north");
  EXPECT_EQ(Get(PersonPath(ids_.person_south), again).status, 403);

  Session privacy = SignIn("privacy");
  auto list = Get("/api/v1/break-glass", privacy, {{"unreviewed", "true"}});
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(Body(list)["items"].size(), 1U);
  const auto grant = Body(list)["items"][0];
  EXPECT_EQ(grant["user"]["username"], "gp.north");
  EXPECT_EQ(grant["reason"], "Collapsed at the surgery, needs history");
  const std::string review =
      "/api/v1/break-glass/" + std::to_string(grant["id"].get<int>()) + "/review";
  EXPECT_EQ(Post(review, {{"note", "Confirmed with A&E attendance"}}, privacy).status, 200);
  EXPECT_EQ(Post(review, {{"note", "again"}}, privacy).status, 409);
  EXPECT_EQ(Body(Get("/api/v1/break-glass", privacy, {{"unreviewed", "true"}}))["items"].size(),
            0U);
  EXPECT_EQ(Post(review, {{"note", "x"}}, again).status, 403);  // not a privacy officer
}

TEST_P(PersonApiTest, PrivacyOfficerSeesEveryAccessToOnePerson) {
  Session gp = SignIn("gp.north");
  Get(PersonPath(ids_.person_south), gp);  // refused
  Post(PersonPath(ids_.person_south) + "/break-glass", {{"reason", "Emergency admission review"}},
       gp);
  Get(PersonPath(ids_.person_south), gp);  // allowed by break-glass
  Session privacy = SignIn("privacy");
  const auto r = Get(PersonPath(ids_.person_south) + "/accesses", privacy);
  ASSERT_EQ(r.status, 200);
  std::vector<std::string> actions;
  const auto body = Body(r);
  for (const auto& row : body["items"]) {
    actions.push_back(row["action"].get<std::string>() + "/" + row["outcome"].get<std::string>());
  }
  EXPECT_THAT(actions, ::testing::ElementsAre("audit-read/allowed", "read/allowed",
                                              "break-glass/allowed", "read/denied"));
  EXPECT_EQ(Get(PersonPath(ids_.person_south) + "/accesses", gp).status, 403);
}

TEST_P(PersonApiTest, SearchByNhsNumberValidatesAndRefusesOutsideTheRelationship) {
  Session gp = SignIn("gp.north");
  auto bad = Get("/api/v1/people", gp, {{"nhsNumber", "9990000019"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(ErrorFields(bad), std::set<std::string>{"nhsNumber"});
  auto mine = Get("/api/v1/people", gp, {{"nhsNumber", "999 000 0018"}});
  ASSERT_EQ(mine.status, 200);
  EXPECT_EQ(Body(mine)["items"][0]["givenName"], "Doris");
  auto theirs = Get("/api/v1/people", gp, {{"nhsNumber", "9990000026"}});
  EXPECT_EQ(theirs.status, 403);
  EXPECT_EQ(Body(theirs)["personId"], ids_.person_south);
  auto none = Get("/api/v1/people", gp, {{"nhsNumber", "9990000042"}});
  EXPECT_EQ(none.status, 200);
  EXPECT_TRUE(Body(none)["items"].empty());
  EXPECT_EQ(Get("/api/v1/people", gp).status, 400);
}

TEST_P(PersonApiTest, NameSearchShowsOnlyPeopleInTheRelationshipAndCountsTheRest) {
  Session gp = SignIn("gp.north");
  auto r = Get("/api/v1/people", gp, {{"familyName", "JONES"}, {"birthDate", "1938-04-12"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(Body(r)["items"].size(), 1U);
  EXPECT_EQ(Body(r)["items"][0]["givenName"], "Doris");
  EXPECT_EQ(Body(r)["withheld"], 1);
  auto bad = Get("/api/v1/people", gp, {{"familyName", "Jones"}, {"birthDate", "1938-02-30"}});
  EXPECT_EQ(bad.status, 400);
}

TEST_P(PersonApiTest, CreateValidatesEveryFieldAndRefusesDuplicates) {
  Session gp = SignIn("gp.north");
  auto bad = Post("/api/v1/people",
                  {{"nhsNumber", "1234567890"},
                   {"givenName", ""},
                   {"familyName", 7},
                   {"birthDate", "2999-01-01"},
                   {"sex", "F"},
                   {"shoeSize", 9}},
                  gp);
  ASSERT_EQ(bad.status, 400);
  EXPECT_EQ(ErrorFields(bad), (std::set<std::string>{"nhsNumber", "givenName", "familyName",
                                                     "birthDate", "sex", "shoeSize"}));
  const json ok = {
      {"nhsNumber", "9990000042"}, {"givenName", "Samuel"}, {"familyName", "Okafor"},
      {"birthDate", "1959-06-03"}, {"sex", "male"},         {"practiceId", ids_.practice_north}};
  auto created = Post("/api/v1/people", ok, gp);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(Body(created)["access"]["basis"], "registered-practice");
  auto dup = Post("/api/v1/people", ok, gp);
  EXPECT_EQ(dup.status, 409);
  EXPECT_EQ(ErrorFields(dup), std::set<std::string>{"nhsNumber"});
}

TEST_P(PersonApiTest, RegisteringOutsideTheRelationshipIsRefusedAndLeavesNothing) {
  Session gp = SignIn("gp.north");
  json p = {
      {"nhsNumber", "9990000042"}, {"givenName", "Samuel"}, {"familyName", "Okafor"},
      {"birthDate", "1959-06-03"}, {"sex", "male"},         {"practiceId", ids_.practice_south}};
  auto r = Post("/api/v1/people", p, gp);
  EXPECT_EQ(r.status, 403);
  Session south = SignIn("gp.south");
  auto lookup = Get("/api/v1/people", south, {{"nhsNumber", "9990000042"}});
  ASSERT_EQ(lookup.status, 200);
  EXPECT_TRUE(Body(lookup)["items"].empty()) << "the refused insert was kept";
  p["practiceId"] = ids_.federation_north;  // not a practice
  EXPECT_EQ(Post("/api/v1/people", p, gp).status, 400);
}

TEST_P(PersonApiTest, ConcurrentEditsAreCaughtByVersion) {
  Session gp = SignIn("gp.north");
  Session coordinator = SignIn("coordinator.north");
  const auto read = Body(Get(PersonPath(ids_.person_north), gp));
  json edit = {
      {"nhsNumber", read["nhsNumber"]}, {"givenName", "Doris"}, {"familyName", "Jones"},
      {"birthDate", "1938-04-12"},      {"sex", "female"},      {"practiceId", ids_.practice_north},
      {"version", read["version"]}};
  json first = edit;
  first["postcode"] = "SE16 4BL";
  json second = edit;
  second["postcode"] = "SE1 2AA";
  auto a = Put(PersonPath(ids_.person_north), first, gp);
  ASSERT_EQ(a.status, 200) << a.body;
  EXPECT_EQ(Body(a)["version"], read["version"].get<int>() + 1);
  auto b = Put(PersonPath(ids_.person_north), second, coordinator);
  EXPECT_EQ(b.status, 409);
  EXPECT_THAT(Body(b)["detail"].get<std::string>(), HasSubstr("changed by someone else"));
  EXPECT_EQ(Body(Get(PersonPath(ids_.person_north), gp))["postcode"], "SE16 4BL");
  json missing_version = first;
  missing_version.erase("version");
  EXPECT_EQ(Put(PersonPath(ids_.person_north), missing_version, gp).status, 400);
  EXPECT_EQ(Put(PersonPath(ids_.person_south), first, gp).status, 403);
}

TEST_P(PersonApiTest, BadPathsAndOversizedBodies) {
  Session gp = SignIn("gp.north");
  EXPECT_EQ(Get("/api/v1/people/abc", gp).status, 404);
  EXPECT_EQ(Get("/api/v1/people/0", gp).status, 404);
  EXPECT_EQ(Get("/api/v1/nowhere", gp).status, 404);
  EXPECT_EQ(Send(Method::kDelete, PersonPath(ids_.person_north), "", &gp).status, 405);
  config_.http.max_body_bytes = 64;
  auto big = Post("/api/v1/people", {{"givenName", std::string(200, 'x')}}, gp);
  EXPECT_EQ(big.status, 413);
  EXPECT_EQ(Body(big)["type"], "/problems/payload-too-large");
}

INSTANTIATE_TEST_SUITE_P(Engines, PersonApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
