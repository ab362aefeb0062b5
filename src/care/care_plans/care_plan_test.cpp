// SPDX-License-Identifier: Apache-2.0
#include "care/care_plans/care_plan.hpp"

#include <algorithm>

#include <gtest/gtest.h>

namespace lcn::domain {
namespace {

using nlohmann::json;

const Date kToday{2026, 6, 15};

json AgreedPlan() {
  return json::parse(R"({
    "needs": [{"id": "n1", "domain": "mobility", "description": "Falls on the stairs"}],
    "goals": [{"id": "g1", "inOwnWords": "I want to walk to the shop again", "needIds": ["n1"],
               "measureOfSuccess": "Walks to the shop twice a week"}],
    "actions": [{"id": "a1", "description": "Arrange grab rails", "goalId": "g1",
                 "owner": {"kind": "organisation", "id": 7}, "dueDate": "2026-07-01",
                 "status": "planned"},
                {"description": "Practise the stairs with the physio",
                 "owner": {"kind": "person"}, "status": "in_progress"}],
    "contingency": {"warningSigns": "Dizzy", "whatToDo": "Sit down", "whoToContact": "111"},
    "agreement": {"agreedWith": "person", "how": "face_to_face", "agreedOn": "2026-06-10"},
    "reviewDate": "2026-12-01"
  })");
}

// The fields of the issues found reading `value`.
std::vector<std::string> IssueFields(const json& value) {
  IssueCollector issues;
  (void)ReadCarePlanContent(value, "content", kToday, issues);
  std::vector<std::string> out;
  for (const auto& i : issues.Issues()) {
    out.push_back(i.field);
  }
  return out;
}

TEST(CarePlan, ReadsAnAgreedPlanAndWritesItBackUnchanged) {
  IssueCollector issues;
  auto plan = ReadCarePlanContent(AgreedPlan(), "content", kToday, issues);
  ASSERT_TRUE(issues.Empty()) << issues.Issues()[0].field << ": " << issues.Issues()[0].message;
  EXPECT_EQ(StatusOf(plan), CarePlanStatus::kAgreed);
  ASSERT_EQ(plan.actions.size(), 2U);
  EXPECT_EQ(plan.actions[0].owner.kind, OwnerKind::kOrganisation);
  EXPECT_EQ(plan.actions[0].owner.id, 7);
  EXPECT_EQ(plan.actions[1].status, ActionStatus::kInProgress);
  EXPECT_TRUE(plan.actions[1].id.empty());
  AssignMissingIds(plan, 3);
  EXPECT_EQ(plan.actions[1].id, "action-3-1");
  EXPECT_EQ(plan.actions[0].id, "a1");

  // The canonical JSON reads back to the same JSON (a client may send back what it read).
  const json written = CarePlanContentJson(plan);
  IssueCollector again;
  const auto reread = ReadCarePlanContent(written, "content", kToday, again);
  EXPECT_TRUE(again.Empty());
  EXPECT_EQ(CarePlanContentJson(reread), written);
}

TEST(CarePlan, AnEmptyPlanIsADraft) {
  IssueCollector issues;
  const auto plan = ReadCarePlanContent(json::object(), "content", kToday, issues);
  EXPECT_TRUE(issues.Empty());
  EXPECT_EQ(StatusOf(plan), CarePlanStatus::kDraft);
  EXPECT_EQ(CarePlanContentJson(plan), CarePlanContentJson(EmptyCarePlan()));
  EXPECT_EQ(CarePlanContentJson(plan)["agreement"]["agreedWith"], "not_yet_agreed");
}

TEST(CarePlan, UnknownVocabularyIsRefusedAtItsPath) {
  json plan = AgreedPlan();
  plan["actions"][1]["owner"]["kind"] = "neighbour";
  plan["needs"][0]["domain"] = "housng";
  plan["actions"][0]["status"] = "finished";
  plan["agreement"]["how"] = "pigeon";
  plan["goals"][0]["colour"] = "blue";
  const auto fields = IssueFields(plan);
  const std::vector<std::string> expected = {
      "content.needs[0].domain", "content.goals[0].colour", "content.actions[0].status",
      "content.actions[1].owner.kind", "content.agreement.how"};
  EXPECT_EQ(fields, expected);

  IssueCollector issues;
  (void)ReadCarePlanContent(plan, "content", kToday, issues);
  EXPECT_NE(issues.Issues()[0].message.find("did you mean 'housing'"), std::string::npos);
}

TEST(CarePlan, GoalsNeedTheirWordsAndOwnersTheirIds) {
  json plan = AgreedPlan();
  plan["goals"][0]["inOwnWords"] = "  ";
  plan["actions"][0]["owner"] = {{"kind", "user"}};
  plan["actions"][1]["owner"] = {{"kind", "carer"}, {"id", 4}};
  plan["actions"].push_back({{"description", "No owner"}, {"status", "planned"}});
  const std::vector<std::string> expected = {
      "content.goals[0].inOwnWords", "content.actions[0].owner.id", "content.actions[1].owner.id",
      "content.actions[2].owner"};
  EXPECT_EQ(IssueFields(plan), expected);
}

TEST(CarePlan, ReferencesAndIdsMustBeInThePlan) {
  json plan = AgreedPlan();
  plan["goals"][0]["needIds"] = {"n1", "n9"};
  plan["actions"][0]["goalId"] = "g9";
  plan["actions"][1]["id"] = "a1";  // duplicate
  plan["needs"].push_back({{"id", "bad id!"}, {"domain", "money"}, {"description", "Debts"}});
  const std::vector<std::string> expected = {"content.needs[1].id", "content.goals[0].needIds[1]",
                                             "content.actions[0].goalId", "content.actions[1].id"};
  EXPECT_EQ(IssueFields(plan), expected);
}

TEST(CarePlan, AnAgreedPlanNeedsHowWhenAndAReviewDate) {
  json plan = AgreedPlan();
  plan.erase("reviewDate");
  EXPECT_EQ(IssueFields(plan), std::vector<std::string>{"content.reviewDate"});
  plan["reviewDate"] = nullptr;
  EXPECT_EQ(IssueFields(plan), std::vector<std::string>{"content.reviewDate"});

  plan = AgreedPlan();
  plan["agreement"] = {{"agreedWith", "person_and_carer"}};
  const std::vector<std::string> expected = {"content.agreement.how", "content.agreement.agreedOn"};
  EXPECT_EQ(IssueFields(plan), expected);

  plan = AgreedPlan();
  plan["agreement"]["agreedOn"] = "2026-06-16";  // tomorrow
  EXPECT_EQ(IssueFields(plan), std::vector<std::string>{"content.agreement.agreedOn"});
  plan["agreement"]["agreedOn"] = "2026-02-30";
  EXPECT_EQ(IssueFields(plan), std::vector<std::string>{"content.agreement.agreedOn"});
  plan["agreement"]["agreedOn"] = "2026-06-10";
  plan["reviewDate"] = "2026-06-01";  // before the agreement
  EXPECT_EQ(IssueFields(plan), std::vector<std::string>{"content.reviewDate"});

  // Not yet agreed: a draft, with no how or date; no review date needed.
  plan = AgreedPlan();
  plan["agreement"] = {{"agreedWith", "not_yet_agreed"}, {"how", "phone"}};
  EXPECT_EQ(IssueFields(plan), std::vector<std::string>{"content.agreement.how"});
  plan["agreement"] = {{"agreedWith", "not_yet_agreed"}};
  plan.erase("reviewDate");
  EXPECT_TRUE(IssueFields(plan).empty());
}

TEST(CarePlan, StoredVersionsAreNotComparedWithToday) {
  json plan = AgreedPlan();
  plan["agreement"]["agreedOn"] = "2030-01-01";
  plan["reviewDate"] = "2030-06-01";
  IssueCollector issues;
  (void)ReadCarePlanContent(plan, "content", std::nullopt, issues);
  EXPECT_TRUE(issues.Empty());
}

TEST(CarePlan, WrongTypesAndOversizedTextAreRefused) {
  json plan = AgreedPlan();
  plan["needs"] = "none";
  plan["contingency"]["whatToDo"] = 3;
  plan["actions"][0]["description"] = std::string(kMaxCarePlanText + 1, 'x');
  const std::vector<std::string> expected = {"content.needs", "content.actions[0].description",
                                             "content.contingency.whatToDo"};
  // needs is not a list, so the goal's need reference is refused too.
  auto fields = IssueFields(plan);
  fields.erase(std::remove(fields.begin(), fields.end(), "content.goals[0].needIds[0]"),
               fields.end());
  EXPECT_EQ(fields, expected);
  EXPECT_EQ(IssueFields(json::array()), std::vector<std::string>{"content"});
}

TEST(CarePlan, VocabulariesRoundTrip) {
  for (const auto d : {NeedDomain::kPhysicalHealth, NeedDomain::kMobility, NeedDomain::kOther}) {
    EXPECT_EQ(ParseNeedDomain(NeedDomainName(d)), d);
    EXPECT_FALSE(NeedDomainLabel(d).empty());
  }
  EXPECT_EQ(ParseOwnerKind("team"), OwnerKind::kTeam);
  EXPECT_EQ(ParseActionStatus("in_progress"), ActionStatus::kInProgress);
  EXPECT_EQ(ParseAgreedWith("person_and_carer"), AgreedWith::kPersonAndCarer);
  EXPECT_EQ(ParseAgreedHow("video"), AgreedHow::kVideo);
  EXPECT_EQ(CarePlanStatusName(CarePlanStatus::kAgreed), "agreed");
  EXPECT_FALSE(ParseOwnerKind("Team"));
}

}  // namespace
}  // namespace lcn::domain
