// SPDX-License-Identifier: Apache-2.0
//
// Assessments through the API on both engines: questionnaires served as data, scoring and bands
// on the server, the PHQ-9 item 9 flag, incomplete or invalid answers refused with each item
// named (and nothing stored), history newest first and trends oldest first, and the relationship
// and permission checks, each decision audited.
#include <gtest/gtest.h>

#include "integration/api_fixture.hpp"

namespace lcn::integration {
namespace {

using nlohmann::json;

constexpr std::int64_t kDay = 86'400;

class AssessmentApiTest : public ApiTest {
 protected:
  std::string Path(std::int64_t person) {
    return "/api/v1/people/" + std::to_string(person) + "/assessments";
  }

  std::string Path() { return Path(ids_.person_north); }

  // PHQ-9 answers from nine item values 0-3.
  static json Phq9(const std::vector<int>& values) {
    static const std::vector<std::string> kCodes = {"not-at-all", "several-days",
                                                    "more-than-half-the-days", "nearly-every-day"};
    json answers = json::object();
    for (std::size_t i = 0; i < values.size(); ++i) {
      answers["phq9-" + std::to_string(i + 1)] = kCodes.at(static_cast<std::size_t>(values[i]));
    }
    return answers;
  }

  // PHQ-9 answers totalling `total` with item 9 at "not at all".
  static json Phq9Totalling(int total) {
    std::vector<int> values(9, 0);
    for (std::size_t i = 0; i < 8 && total > 0; ++i) {
      values[i] = std::min(total, 3);
      total -= values[i];
    }
    return Phq9(values);
  }

  api::Response Record(const Session& s, const std::string& questionnaire, const json& answers,
                       json extra = json::object()) {
    extra["questionnaire"] = questionnaire;
    extra["answers"] = answers;
    return Post(Path(), extra, s);
  }

  // Moves the clock on by `days` and signs `username` in again (sessions end when idle).
  Session Later(int days, const std::string& username) {
    clock_.AdvanceSeconds(days * kDay);
    return SignIn(username);
  }

  static std::vector<std::string> Fields(const api::Response& r) {
    std::vector<std::string> out;
    const json body = Body(r);
    for (const json& e : body["errors"]) {
      out.push_back(e["field"].get<std::string>());
    }
    return out;
  }

  std::size_t Stored() { return Body(Get(Path(), SignIn("gp.north")))["assessments"].size(); }
};

TEST_P(AssessmentApiTest, QuestionnairesAreListedAndServedAsFhir) {
  const auto gp = SignIn("gp.north");
  const auto list = Get("/api/v1/questionnaires", gp);
  ASSERT_EQ(list.status, 200) << list.body;
  std::vector<std::string> ids;
  const json listed = Body(list);
  for (const json& q : listed["questionnaires"]) {
    ids.push_back(q["id"]);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"gad7", "holistic", "ons4", "phq9", "ucla3"}));

  const auto phq9 = Get("/api/v1/questionnaires/phq9", gp);
  ASSERT_EQ(phq9.status, 200) << phq9.body;
  const json b = Body(phq9);
  EXPECT_EQ(b["questionnaire"]["resourceType"], "Questionnaire");
  EXPECT_EQ(b["questionnaire"]["url"], b["url"]);
  EXPECT_FALSE(b["questionnaire"].contains("lcnScoring"));
  EXPECT_EQ(b["scoring"]["primary"], "total");
  EXPECT_EQ(b["scoring"]["scores"][0]["max"], 27);
  EXPECT_EQ(b["scoring"]["scores"][0]["bands"].size(), 5U);
  EXPECT_EQ(b["scoring"]["flags"][0]["when"]["item"], "phq9-9");

  EXPECT_EQ(Get("/api/v1/questionnaires/phq10", gp).status, 404);
  EXPECT_EQ(Send(api::Method::kGet, "/api/v1/questionnaires").status, 401);
}

TEST_P(AssessmentApiTest, Phq9IsScoredOnTheServerAndAudited) {
  const auto gp = SignIn("gp.north");
  const auto r = Record(gp, "phq9", Phq9({2, 2, 2, 2, 2, 1, 1, 0, 0}),
                        {{"notes", "Seen at home with her daughter"}});
  ASSERT_EQ(r.status, 201) << r.body;
  const json b = Body(r);
  EXPECT_EQ(b["personId"], ids_.person_north);
  EXPECT_EQ(b["questionnaire"]["id"], "phq9");
  EXPECT_EQ(b["questionnaire"]["version"], "1");
  EXPECT_EQ(b["total"], 12);
  EXPECT_EQ(b["band"], "moderate");
  EXPECT_EQ(b["scores"][0]["value"], 12);
  EXPECT_TRUE(b["flags"].empty());
  EXPECT_EQ(b["completedBy"]["displayName"], "gp.north");
  EXPECT_EQ(b["completedBy"]["role"], "gp");
  EXPECT_EQ(b["writtenBy"], "professional");
  EXPECT_EQ(b["completedWithPerson"], true);
  EXPECT_EQ(b["notes"], "Seen at home with her daughter");
  EXPECT_EQ(b["answers"]["phq9-1"], "more-than-half-the-days");
  EXPECT_EQ(CountAudit(ids_.person_north, "record-assessment", "allowed"), 1);

  const auto one = Get(Path() + "/" + std::to_string(b["id"].get<std::int64_t>()), gp);
  ASSERT_EQ(one.status, 200) << one.body;
  EXPECT_EQ(Body(one), b);
}

TEST_P(AssessmentApiTest, BandsAtTheBoundariesThroughTheApi) {
  const auto gp = SignIn("gp.north");
  for (const auto& [total, band] :
       std::vector<std::pair<int, std::string>>{{0, "minimal"},
                                                {4, "minimal"},
                                                {5, "mild"},
                                                {9, "mild"},
                                                {10, "moderate"},
                                                {14, "moderate"},
                                                {15, "moderately severe"},
                                                {19, "moderately severe"},
                                                {20, "severe"},
                                                {24, "severe"}}) {
    const auto r = Record(gp, "phq9", Phq9Totalling(total));
    ASSERT_EQ(r.status, 201) << r.body;
    EXPECT_EQ(Body(r)["total"], total);
    EXPECT_EQ(Body(r)["band"], band) << total;
  }
  const auto ucla = Record(gp, "ucla3",
                           {{"ucla3-companionship", "some-of-the-time"},
                            {"ucla3-left-out", "some-of-the-time"},
                            {"ucla3-isolated", "some-of-the-time"},
                            {"ucla3-direct", "often-always"}});
  ASSERT_EQ(ucla.status, 201) << ucla.body;
  EXPECT_EQ(Body(ucla)["total"], 6);
  EXPECT_EQ(Body(ucla)["band"], "lonely");
  EXPECT_EQ(Body(ucla)["flags"][0]["id"], "feels-lonely-often");
}

TEST_P(AssessmentApiTest, Phq9Item9RaisesTheUrgentFlag) {
  const auto r = Record(SignIn("gp.north"), "phq9", Phq9({0, 0, 0, 0, 0, 0, 0, 0, 1}));
  ASSERT_EQ(r.status, 201) << r.body;
  const json b = Body(r);
  EXPECT_EQ(b["total"], 1);
  EXPECT_EQ(b["band"], "minimal");
  ASSERT_EQ(b["flags"].size(), 1U);
  EXPECT_EQ(b["flags"][0]["id"], "self-harm-thoughts");
  EXPECT_EQ(b["flags"][0]["severity"], "urgent");
}

TEST_P(AssessmentApiTest, IncompleteInstrumentIsRefusedWithTheMissingItemsNamed) {
  const auto gp = SignIn("gp.north");
  json answers = Phq9Totalling(6);
  answers.erase("phq9-3");
  answers.erase("phq9-9");
  const auto r = Record(gp, "phq9", answers);
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(Body(r)["type"], "/problems/bad-request");
  EXPECT_EQ(Fields(r), (std::vector<std::string>{"answers.phq9-3", "answers.phq9-9"}));
  EXPECT_NE(Body(r)["errors"][1]["message"].get<std::string>().find(
                "Thoughts that you would be better off dead"),
            std::string::npos);

  const auto ons4 = Record(gp, "ons4", {{"ons4-satisfied", 7}, {"ons4-happy", 11}});
  ASSERT_EQ(ons4.status, 400);
  EXPECT_EQ(Fields(ons4), (std::vector<std::string>{"answers.ons4-happy", "answers.ons4-worthwhile",
                                                    "answers.ons4-anxious"}));
  EXPECT_EQ(Stored(), 0U);
  EXPECT_EQ(CountAudit(ids_.person_north, "record-assessment", "allowed"), 0);
}

TEST_P(AssessmentApiTest, BadRequestsNameTheField) {
  const auto gp = SignIn("gp.north");
  const auto unknown = Record(gp, "phq10", Phq9Totalling(3));
  ASSERT_EQ(unknown.status, 400);
  EXPECT_EQ(Fields(unknown), std::vector<std::string>{"questionnaire"});
  EXPECT_NE(Body(unknown)["errors"][0]["message"].get<std::string>().find("phq9"),
            std::string::npos);
  EXPECT_EQ(Fields(Post(Path(), {{"questionnaire", "phq9"}, {"answers", json::array()}}, gp)),
            std::vector<std::string>{"answers"});
  EXPECT_EQ(Fields(Post(Path(), {{"answers", Phq9Totalling(3)}}, gp)),
            std::vector<std::string>{"questionnaire"});
  EXPECT_EQ(Fields(Record(gp, "phq9", Phq9Totalling(3),
                          {{"writtenBy", "robot"}, {"completedWithPerson", "yes"}, {"score", 3}})),
            (std::vector<std::string>{"completedWithPerson", "writtenBy", "score"}));
  EXPECT_EQ(Fields(Record(gp, "phq9", Phq9Totalling(3), {{"notes", std::string(2001, 'n')}})),
            std::vector<std::string>{"notes"});
  EXPECT_EQ(Send(api::Method::kPost, Path(), "not json", &gp).status, 400);
  EXPECT_EQ(Fields(Get(Path() + "/trend", gp)), std::vector<std::string>{"questionnaire"});
  EXPECT_EQ(Fields(Get(Path() + "/trend", gp, {{"questionnaire", "phq10"}})),
            std::vector<std::string>{"questionnaire"});
  EXPECT_EQ(Fields(Get(Path(), gp, {{"questionnaire", "phq10"}})),
            std::vector<std::string>{"questionnaire"});
  EXPECT_EQ(Record(gp, "phq9", Phq9Totalling(3)).status, 201);
  EXPECT_EQ(
      Post(Path(999999), {{"questionnaire", "phq9"}, {"answers", Phq9Totalling(3)}}, gp).status,
      404);
  EXPECT_EQ(Get(Path() + "/999999", gp).status, 404);
  EXPECT_EQ(Stored(), 1U);
}

TEST_P(AssessmentApiTest, HistoryIsNewestFirstAndTheTrendOldestFirst) {
  auto gp = SignIn("gp.north");
  ASSERT_EQ(Record(gp, "phq9", Phq9Totalling(18)).status, 201);
  gp = Later(14, "gp.north");
  ASSERT_EQ(Record(gp, "gad7",
                   {{"gad7-1", "several-days"},
                    {"gad7-2", "several-days"},
                    {"gad7-3", "not-at-all"},
                    {"gad7-4", "not-at-all"},
                    {"gad7-5", "not-at-all"},
                    {"gad7-6", "not-at-all"},
                    {"gad7-7", "not-at-all"}})
                .status,
            201);
  ASSERT_EQ(Record(gp, "phq9", Phq9Totalling(11), {{"writtenBy", "person"}}).status, 201);
  gp = Later(28, "gp.north");
  ASSERT_EQ(Record(gp, "phq9", Phq9Totalling(4), {{"writtenBy", "carer"}}).status, 201);

  const auto all = Get(Path(), gp);
  ASSERT_EQ(all.status, 200) << all.body;
  std::vector<std::string> order;
  const json history = Body(all);
  for (const json& a : history["assessments"]) {
    order.push_back(a["questionnaire"]["id"].get<std::string>() + ":" +
                    std::to_string(a["total"].get<int>()));
  }
  EXPECT_EQ(order, (std::vector<std::string>{"phq9:4", "phq9:11", "gad7:2", "phq9:18"}));
  const json phq9 = Body(Get(Path(), gp, {{"questionnaire", "phq9"}}))["assessments"];
  ASSERT_EQ(phq9.size(), 3U);
  EXPECT_EQ(phq9[0]["writtenBy"], "carer");
  EXPECT_EQ(phq9[1]["writtenBy"], "person");

  const auto trend = Get(Path() + "/trend", gp, {{"questionnaire", "phq9"}});
  ASSERT_EQ(trend.status, 200) << trend.body;
  const json t = Body(trend);
  EXPECT_EQ(t["primary"], "total");
  ASSERT_EQ(t["points"].size(), 3U);
  EXPECT_EQ(t["points"][0]["total"], 18);
  EXPECT_EQ(t["points"][0]["band"], "moderately severe");
  EXPECT_EQ(t["points"][1]["total"], 11);
  EXPECT_EQ(t["points"][1]["band"], "moderate");
  EXPECT_EQ(t["points"][2]["total"], 4);
  EXPECT_EQ(t["points"][2]["band"], "minimal");
  EXPECT_EQ(t["points"][0]["completedAt"], "2024-01-01T00:00:00.000000Z");
  EXPECT_LT(t["points"][1]["completedAt"].get<std::string>(),
            t["points"][2]["completedAt"].get<std::string>());
  ASSERT_EQ(t["series"].size(), 1U);
  EXPECT_EQ(t["series"][0]["points"].size(), 3U);
  EXPECT_EQ(t["series"][0]["bands"].size(), 5U);
  EXPECT_EQ(CountAudit(ids_.person_north, "read-assessments", "allowed"), 3);
}

TEST_P(AssessmentApiTest, Ons4TrendHasASeriesPerQuestion) {
  auto gp = SignIn("gp.north");
  ASSERT_EQ(
      Record(
          gp, "ons4",
          {{"ons4-satisfied", 4}, {"ons4-worthwhile", 6}, {"ons4-happy", 8}, {"ons4-anxious", 7}})
          .status,
      201);
  gp = Later(30, "gp.north");
  const auto r = Record(
      gp, "ons4",
      {{"ons4-satisfied", 7}, {"ons4-worthwhile", 9}, {"ons4-happy", 9}, {"ons4-anxious", 1}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_TRUE(Body(r)["total"].is_null());
  EXPECT_EQ(Body(r)["scores"][3]["band"], "very low");
  const json t = Body(Get(Path() + "/trend", gp, {{"questionnaire", "ons4"}}));
  EXPECT_TRUE(t["primary"].is_null());
  ASSERT_EQ(t["series"].size(), 4U);
  EXPECT_EQ(t["series"][0]["score"], "life-satisfaction");
  EXPECT_EQ(t["series"][0]["points"][0]["band"], "low");
  EXPECT_EQ(t["series"][0]["points"][1]["band"], "high");
  EXPECT_EQ(t["series"][3]["score"], "anxiety");
  EXPECT_EQ(t["series"][3]["points"][0]["band"], "high");
  EXPECT_EQ(t["series"][3]["points"][1]["value"], 1);
}

TEST_P(AssessmentApiTest, HolisticAssessmentFlagsTheDomainsNeedingSupport) {
  const auto coordinator = SignIn("coordinator.north");  // network role: a relationship
  json answers = json::object();
  for (const char* domain : {"physical-health", "emotional-wellbeing", "housing", "money", "work",
                             "loneliness", "caring", "safety", "mobility"}) {
    answers[std::string(domain) + "-needs-support"] = false;
  }
  answers["money-needs-support"] = true;
  answers["money-what"] = "Behind on rent since her husband died";
  answers.erase("caring-needs-support");
  const auto missing = Record(coordinator, "holistic", answers);
  ASSERT_EQ(missing.status, 400);
  EXPECT_EQ(Fields(missing), std::vector<std::string>{"answers.caring-needs-support"});
  answers["caring-needs-support"] = true;
  const auto r = Record(coordinator, "holistic", answers,
                        {{"completedWithPerson", true}, {"writtenBy", "person"}});
  ASSERT_EQ(r.status, 201) << r.body;
  const json b = Body(r);
  EXPECT_TRUE(b["total"].is_null());
  EXPECT_TRUE(b["scores"].empty());
  ASSERT_EQ(b["flags"].size(), 2U);
  EXPECT_EQ(b["flags"][0]["message"], "Money: needs support");
  EXPECT_EQ(b["flags"][1]["message"], "Caring responsibilities: needs support");
  EXPECT_EQ(b["answers"]["money-what"], "Behind on rent since her husband died");
}

TEST_P(AssessmentApiTest, OnlyWithARelationshipEachRefusalAudited) {
  const auto south = SignIn("gp.south");
  const auto r = Record(south, "phq9", Phq9Totalling(3));
  ASSERT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(Body(r)["type"], "/problems/no-legitimate-relationship");
  EXPECT_EQ(Body(r)["breakGlassAvailable"], true);
  EXPECT_EQ(CountAudit(ids_.person_north, "record-assessment", "denied"), 1);
  EXPECT_EQ(Get(Path(), south).status, 403);
  EXPECT_EQ(Get(Path() + "/trend", south, {{"questionnaire", "phq9"}}).status, 403);
  EXPECT_EQ(CountAudit(ids_.person_north, "read-assessments", "denied"), 2);
  // A social worker may record assessments, but not for someone outside their relationships.
  EXPECT_EQ(Record(SignIn("social.worker"), "phq9", Phq9Totalling(3)).status, 403);
  EXPECT_EQ(CountAudit(ids_.person_north, "record-assessment", "denied"), 2);
  EXPECT_EQ(Stored(), 0U);
}

TEST_P(AssessmentApiTest, OnlyRolesWithThePermissionEachRefusalAudited) {
  const auto analyst = SignIn("analyst");
  const auto r = Record(analyst, "phq9", Phq9Totalling(3));
  ASSERT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(Body(r)["type"], "/problems/forbidden");
  EXPECT_NE(Body(r)["detail"].get<std::string>().find("assessment:write"), std::string::npos);
  EXPECT_EQ(CountAudit(ids_.person_north, "refuse", "denied"), 1);
  EXPECT_EQ(Get(Path(), SignIn("privacy")).status, 403);
  EXPECT_EQ(CountAudit(ids_.person_north, "refuse", "denied"), 2);
  EXPECT_EQ(Stored(), 0U);
}

INSTANTIATE_TEST_SUITE_P(Engines, AssessmentApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
