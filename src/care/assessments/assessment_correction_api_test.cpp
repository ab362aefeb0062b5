// SPDX-License-Identifier: Apache-2.0
//
// Correcting recorded assessments through the API on both engines: entered in error with a
// reason (kept, marked, out of the trend), a correction that supersedes the original (linked
// both ways, at the original's place in the trend), the refusals (409 for a second correction or
// a retracted original, 400 for another questionnaire or a missing reason), and the
// relationship and permission checks, each decision audited.
#include <gtest/gtest.h>

#include "integration/api_fixture.hpp"

namespace lcn::integration {
namespace {

using nlohmann::json;

class AssessmentCorrectionApiTest : public ApiTest {
 protected:
  std::string Path() {
    return "/api/v1/people/" + std::to_string(ids_.person_north) + "/assessments";
  }

  std::string Path(std::int64_t id) { return Path() + "/" + std::to_string(id); }

  // PHQ-9 answers totalling `total` (at most 24) with item 9 at "not at all".
  static json Phq9(int total) {
    static const std::vector<std::string> kCodes = {"not-at-all", "several-days",
                                                    "more-than-half-the-days", "nearly-every-day"};
    json answers = json::object();
    for (int i = 1; i <= 9; ++i) {
      const int value = i == 9 ? 0 : std::min(total, 3);
      total -= value;
      answers["phq9-" + std::to_string(i)] = kCodes.at(static_cast<std::size_t>(value));
    }
    return answers;
  }

  // Records a PHQ-9 totalling `total`; returns its id.
  std::int64_t Record(const Session& s, int total, json extra = json::object()) {
    extra["questionnaire"] = "phq9";
    extra["answers"] = Phq9(total);
    const auto r = Post(Path(), extra, s);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? Body(r)["id"].get<std::int64_t>() : 0;
  }

  std::vector<int> TrendTotals(const Session& s) {
    std::vector<int> out;
    const auto r = Get(Path() + "/trend", s, {{"questionnaire", "phq9"}});
    EXPECT_EQ(r.status, 200) << r.body;
    const json body = Body(r);  // kept alive for the loop
    for (const json& p : body["points"]) {
      out.push_back(p["total"].get<int>());
    }
    return out;
  }

  api::Response EnteredInError(std::int64_t id, const json& body, const Session& s) {
    return Post(Path(id) + "/entered-in-error", body, s);
  }
};

TEST_P(AssessmentCorrectionApiTest, EnteredInErrorIsKeptMarkedAndLeavesTheTrend) {
  auto gp = SignIn("gp.north");
  Record(gp, 18);
  clock_.AdvanceSeconds(7 * 86'400);
  gp = SignIn("gp.north");
  const std::int64_t wrong_person = Record(gp, 3);
  Record(gp, 9);
  EXPECT_EQ(TrendTotals(gp), (std::vector<int>{18, 3, 9}));

  EXPECT_EQ(EnteredInError(wrong_person, json::object(), gp).status, 400);  // reason required
  const auto r = EnteredInError(wrong_person, {{"reason", "Recorded for the wrong person"}}, gp);
  ASSERT_EQ(r.status, 200) << r.body;
  const json marked = Body(r);
  EXPECT_EQ(marked["status"], "entered_in_error");
  EXPECT_EQ(marked["enteredInError"]["reason"], "Recorded for the wrong person");
  EXPECT_EQ(marked["enteredInError"]["by"]["displayName"], "gp.north");
  EXPECT_EQ(marked["total"], 3);  // kept as it was

  // Still in the history, marked; out of the trend.
  const json history = Body(Get(Path(), gp))["assessments"];
  ASSERT_EQ(history.size(), 3U);
  for (const json& a : history) {
    EXPECT_EQ(a["status"], a["id"] == wrong_person ? "entered_in_error" : "current");
  }
  EXPECT_EQ(TrendTotals(gp), (std::vector<int>{18, 9}));
  EXPECT_EQ(Body(Get(Path(wrong_person), gp))["status"], "entered_in_error");

  // Once only.
  const auto again = EnteredInError(wrong_person, {{"reason", "again"}}, gp);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(Body(again)["type"], "/problems/entered-in-error");
  EXPECT_EQ(EnteredInError(999999, {{"reason", "x"}}, gp).status, 404);
  EXPECT_EQ(CountAudit(ids_.person_north, "enter-assessment-in-error", "allowed"), 3);
}

TEST_P(AssessmentCorrectionApiTest, CorrectionSupersedesTheOriginalLinkedBothWays) {
  auto gp = SignIn("gp.north");
  const std::int64_t original = Record(gp, 18);
  const std::string completed_at = Body(Get(Path(original), gp))["completedAt"];
  clock_.AdvanceSeconds(7 * 86'400);
  gp = SignIn("gp.north");
  const std::int64_t later = Record(gp, 6);

  // Another member of staff with assessment:write and a relationship corrects it.
  const auto coordinator = SignIn("coordinator.north");
  const auto r = Post(Path(),
                      {{"questionnaire", "phq9"},
                       {"answers", Phq9(14)},
                       {"corrects", original},
                       {"correctionReason", "Item 3 was entered on the wrong row"}},
                      coordinator);
  ASSERT_EQ(r.status, 201) << r.body;
  const json correction = Body(r);
  EXPECT_EQ(correction["corrects"], original);
  EXPECT_EQ(correction["correctionReason"], "Item 3 was entered on the wrong row");
  EXPECT_EQ(correction["status"], "current");
  EXPECT_EQ(correction["completedAt"], completed_at);  // where the original stood
  EXPECT_GT(correction["recordedAt"].get<std::string>(), completed_at);
  const std::int64_t correction_id = correction["id"];

  const json old = Body(Get(Path(original), gp));
  EXPECT_EQ(old["status"], "superseded");
  EXPECT_EQ(old["correctedBy"], correction_id);
  EXPECT_EQ(old["total"], 18);  // kept as it was

  // The trend holds the correction in the original's place; the history holds both.
  EXPECT_EQ(TrendTotals(gp), (std::vector<int>{14, 6}));
  const json history = Body(Get(Path(), gp))["assessments"];
  ASSERT_EQ(history.size(), 3U);
  EXPECT_EQ(history[0]["id"], later);
  EXPECT_EQ(history[1]["id"], correction_id);
  EXPECT_EQ(history[2]["id"], original);
  EXPECT_EQ(CountAudit(ids_.person_north, "correct-assessment", "allowed"), 1);

  // One correction per assessment; a superseded one is not entered in error.
  const json twice = {{"questionnaire", "phq9"},
                      {"answers", Phq9(15)},
                      {"corrects", original},
                      {"correctionReason", "again"}};
  const auto second = Post(Path(), twice, gp);
  EXPECT_EQ(second.status, 409) << second.body;
  EXPECT_EQ(Body(second)["correctedBy"], correction_id);
  EXPECT_EQ(EnteredInError(original, {{"reason", "x"}}, gp).status, 409);
  // The correction itself can be corrected.
  json chain = twice;
  chain["corrects"] = correction_id;
  ASSERT_EQ(Post(Path(), chain, gp).status, 201);
  EXPECT_EQ(TrendTotals(gp), (std::vector<int>{15, 6}));
}

TEST_P(AssessmentCorrectionApiTest, BadCorrectionsAreRefusedAndNothingIsStored) {
  const auto gp = SignIn("gp.north");
  const std::int64_t original = Record(gp, 12);
  auto correct = [&](json extra) {
    extra["questionnaire"] = extra.value("questionnaire", "phq9");
    if (!extra.contains("answers")) {
      extra["answers"] = Phq9(10);
    }
    return Post(Path(), extra, gp);
  };
  const auto no_reason = correct({{"corrects", original}});
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_NE(no_reason.body.find("correctionReason"), std::string::npos);
  EXPECT_EQ(correct({{"correctionReason", "no target"}}).status, 400);
  const auto missing = correct({{"corrects", 999999}, {"correctionReason", "x"}});
  EXPECT_EQ(missing.status, 400);
  EXPECT_NE(missing.body.find("\"corrects\""), std::string::npos);
  const auto other = correct({{"questionnaire", "ucla3"},
                              {"answers",
                               {{"ucla3-companionship", "hardly-ever"},
                                {"ucla3-left-out", "hardly-ever"},
                                {"ucla3-isolated", "hardly-ever"}}},
                              {"corrects", original},
                              {"correctionReason", "x"}});
  EXPECT_EQ(other.status, 400) << other.body;
  EXPECT_NE(other.body.find("same questionnaire"), std::string::npos) << other.body;
  // A retracted assessment is not corrected: record a new one.
  ASSERT_EQ(EnteredInError(original, {{"reason", "Wrong instrument"}}, gp).status, 200);
  EXPECT_EQ(correct({{"corrects", original}, {"correctionReason", "x"}}).status, 409);
  EXPECT_EQ(Body(Get(Path(), gp))["assessments"].size(), 1U);
}

TEST_P(AssessmentCorrectionApiTest, OnlyWithPermissionAndRelationshipEachRefusalAudited) {
  const auto gp = SignIn("gp.north");
  const std::int64_t id = Record(gp, 12);
  const auto south = EnteredInError(id, {{"reason", "x"}}, SignIn("gp.south"));
  ASSERT_EQ(south.status, 403) << south.body;
  EXPECT_EQ(Body(south)["type"], "/problems/no-legitimate-relationship");
  EXPECT_EQ(CountAudit(ids_.person_north, "enter-assessment-in-error", "denied"), 1);
  const auto correction = Post(Path(),
                               {{"questionnaire", "phq9"},
                                {"answers", Phq9(10)},
                                {"corrects", id},
                                {"correctionReason", "x"}},
                               SignIn("gp.south"));
  EXPECT_EQ(correction.status, 403);
  EXPECT_EQ(CountAudit(ids_.person_north, "correct-assessment", "denied"), 1);
  const auto analyst = EnteredInError(id, {{"reason", "x"}}, SignIn("analyst"));
  EXPECT_EQ(analyst.status, 403);
  EXPECT_NE(Body(analyst)["detail"].get<std::string>().find("assessment:write"), std::string::npos);
  EXPECT_EQ(CountAudit(ids_.person_north, "refuse", "denied"), 1);
  EXPECT_EQ(Body(Get(Path(id), gp))["status"], "current");
}

INSTANTIATE_TEST_SUITE_P(Engines, AssessmentCorrectionApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
