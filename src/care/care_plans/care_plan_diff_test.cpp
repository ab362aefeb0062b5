// SPDX-License-Identifier: Apache-2.0
#include "care/care_plans/care_plan_diff.hpp"

#include <algorithm>

#include <gtest/gtest.h>

namespace lcn::domain {
namespace {

using nlohmann::json;

CarePlanContent Read(const json& value) {
  IssueCollector issues;
  auto plan = ReadCarePlanContent(value, "content", std::nullopt, issues);
  EXPECT_TRUE(issues.Empty()) << issues.Issues()[0].field << ": " << issues.Issues()[0].message;
  return plan;
}

json Version1() {
  return json::parse(R"({
    "needs": [{"id": "n1", "domain": "mobility", "description": "Falls on the stairs"}],
    "goals": [{"id": "g1", "inOwnWords": "I want to walk to the shop again", "needIds": ["n1"]}],
    "actions": [{"id": "a1", "description": "Arrange grab rails", "goalId": "g1",
                 "owner": {"kind": "person"}, "status": "planned"},
                {"id": "a2", "description": "Ring the handyperson scheme",
                 "owner": {"kind": "carer", "name": "Sarah"}, "status": "planned"}],
    "contingency": {"warningSigns": "Dizzy spells"},
    "reviewDate": "2026-12-01"
  })");
}

bool Has(const std::vector<std::string>& sentences, const std::string& s) {
  return std::find(sentences.begin(), sentences.end(), s) != sentences.end();
}

TEST(CarePlanDiff, SaysWhatChangedInPlainWords) {
  json v2 = Version1();
  v2["goals"].push_back({{"id", "g2"}, {"inOwnWords", "I want to see my friends at the club"}});
  v2["actions"][0]["owner"] = {{"kind", "organisation"}, {"id", 5}, {"name", "Care and Repair"}};
  v2["actions"][0]["dueDate"] = "2026-07-01";
  v2["actions"][0]["status"] = "in_progress";
  v2["actions"].erase(1);
  v2["contingency"]["whatToDo"] = "Sit down and ring 111";
  v2["agreement"] = {{"agreedWith", "person"}, {"how", "face_to_face"}, {"agreedOn", "2026-06-10"}};
  v2["reviewDate"] = "2027-01-15";

  const auto d = DiffCarePlans(Read(Version1()), Read(v2));
  for (const std::string expected : {
           "Goal added: 'I want to see my friends at the club'",
           "Action 'Arrange grab rails' changed owner from the person to Care and Repair",
           "Action 'Arrange grab rails': due date set to 2026-07-01",
           "Action 'Arrange grab rails' changed status from planned to in progress",
           "Action removed: 'Ring the handyperson scheme'",
           "Crisis plan: what to do set to 'Sit down and ring 111'",
           "Plan agreed with the person, face to face, on 2026-06-10",
           "Review date changed from 2026-12-01 to 2027-01-15",
       }) {
    EXPECT_TRUE(Has(d.sentences, expected)) << expected;
  }
  EXPECT_EQ(d.sentences.size(), 8U);

  ASSERT_EQ(d.goals.added.size(), 1U);
  EXPECT_EQ(d.goals.added[0]["id"], "g2");
  ASSERT_EQ(d.actions.removed.size(), 1U);
  EXPECT_EQ(d.actions.removed[0]["id"], "a2");
  ASSERT_EQ(d.actions.changed.size(), 1U);
  EXPECT_EQ(d.actions.changed[0].id, "a1");
  ASSERT_EQ(d.actions.changed[0].fields.size(), 3U);
  EXPECT_EQ(d.actions.changed[0].fields[0].field, "dueDate");
  EXPECT_TRUE(d.actions.changed[0].fields[0].from.is_null());
  ASSERT_TRUE(d.review_date);
  EXPECT_EQ(d.review_date->to, "2027-01-15");

  const json j = CarePlanDiffJson(d);
  EXPECT_TRUE(j["changed"].get<bool>());
  EXPECT_EQ(j["actions"]["changed"][0]["fields"].size(), 3U);
  EXPECT_EQ(j["reviewDate"]["from"], "2026-12-01");
}

TEST(CarePlanDiff, RewordingsAndLinksNameTheItems) {
  json v2 = Version1();
  v2["needs"][0]["description"] = "Falls at home";
  v2["needs"][0]["domain"] = "physical-health";
  v2["needs"].push_back({{"id", "n2"}, {"domain", "loneliness"}, {"description", "On my own"}});
  v2["goals"][0]["needIds"] = {"n1", "n2"};
  v2["goals"][0]["inOwnWords"] = "I want to walk to the shops";
  v2["reviewDate"] = nullptr;
  const auto d = DiffCarePlans(Read(Version1()), Read(v2));
  for (const std::string expected : {
           "Need changed from 'Falls on the stairs' to 'Falls at home'",
           "Need 'Falls at home' changed area from Mobility and daily living to Physical health",
           "Need added (Loneliness and isolation): 'On my own'",
           "Goal changed from 'I want to walk to the shop again' to 'I want to walk to the shops'",
           "Goal 'I want to walk to the shops' changed the needs it meets from 'Falls on the "
           "stairs' to 'Falls at home', 'On my own'",
           "Review date removed (was 2026-12-01)",
       }) {
    EXPECT_TRUE(Has(d.sentences, expected)) << expected;
  }
}

TEST(CarePlanDiff, OrderIsNotAChangeAndSamePlansHaveNoDifference) {
  json v2 = Version1();
  std::swap(v2["actions"][0], v2["actions"][1]);
  const auto d = DiffCarePlans(Read(Version1()), Read(v2));
  EXPECT_TRUE(d.sentences.empty());
  EXPECT_FALSE(CarePlanDiffJson(d)["changed"].get<bool>());
}

TEST(CarePlanDiff, FromNothingEverythingIsAdded) {
  const auto d = DiffCarePlans(EmptyCarePlan(), Read(Version1()));
  EXPECT_EQ(d.needs.added.size(), 1U);
  EXPECT_EQ(d.actions.added.size(), 2U);
  EXPECT_TRUE(Has(d.sentences,
                  "Action added: 'Ring the handyperson scheme', by their carer "
                  "(Sarah)"));
  EXPECT_TRUE(Has(d.sentences, "Review date set to 2026-12-01"));
}

TEST(CarePlanDiff, LongTextIsShortenedInSentences) {
  json v2 = Version1();
  v2["contingency"]["warningSigns"] = std::string(200, 'a');
  const auto d = DiffCarePlans(Read(Version1()), Read(v2));
  ASSERT_EQ(d.sentences.size(), 1U);
  EXPECT_LT(d.sentences[0].size(), 150U);
  EXPECT_EQ(d.contingency[0].to.get<std::string>().size(), 200U);  // the structure keeps it all
}

}  // namespace
}  // namespace lcn::domain
