// SPDX-License-Identifier: Apache-2.0
// Every questionnaire in data/questionnaires loads, and each has the shape its sources give.
#include <gtest/gtest.h>

#include "care/assessments/questionnaire_loader.hpp"

namespace lcn::assessment {
namespace {

const QuestionnaireSet& Set() {
  try {
    return DefaultQuestionnaires();
  } catch (const Error& e) {
    std::string issues;
    for (const FieldIssue& issue : e.Issues()) {
      issues += "\n  " + issue.field + ": " + issue.message;
    }
    ADD_FAILURE() << e.what() << issues;
    throw;
  }
}

int Scored(const Questionnaire& q) {
  int n = 0;
  for (const Item& item : q.items) {
    n += item.ValueRange() ? 1 : 0;
  }
  return n;
}

TEST(DefaultQuestionnairesTest, AllLoad) {
  EXPECT_EQ(Set().Ids(), "gad7, holistic, ons4, phq9, ucla3");
  for (const Questionnaire& q : Set().All()) {
    EXPECT_EQ(q.status, "active") << q.id;
    EXPECT_EQ(q.resource["resourceType"], "Questionnaire") << q.id;
    EXPECT_EQ(q.resource["id"], q.id);
    EXPECT_FALSE(q.resource.contains("lcnScoring")) << q.id;
    EXPECT_TRUE(q.scoring.has_value()) << q.id;
  }
}

TEST(DefaultQuestionnairesTest, InstrumentsHaveTheirPublishedRanges) {
  struct Expected {
    std::string id;
    int scored_items;
    int min;
    int max;
  };

  for (const Expected& e :
       {Expected{"phq9", 9, 0, 27}, Expected{"gad7", 7, 0, 21}, Expected{"ucla3", 3, 3, 9}}) {
    const Questionnaire& q = *Set().Find(e.id);
    EXPECT_EQ(Scored(q), e.scored_items) << e.id;
    const ScoreRule& total = *q.FindScore("total");
    EXPECT_EQ(total.min, e.min) << e.id;
    EXPECT_EQ(total.max, e.max) << e.id;
    EXPECT_EQ(q.scoring->primary, "total") << e.id;
  }
  const Questionnaire& ons4 = *Set().Find("ons4");
  ASSERT_EQ(ons4.scoring->scores.size(), 4U);
  for (const ScoreRule& score : ons4.scoring->scores) {
    EXPECT_EQ(score.min, 0);
    EXPECT_EQ(score.max, 10);
  }
  EXPECT_FALSE(ons4.scoring->primary.has_value());
}

TEST(DefaultQuestionnairesTest, HolisticCoversEveryDomainWithARequiredYesOrNo) {
  const Questionnaire& q = *Set().Find("holistic");
  std::vector<std::string> groups;
  for (const Item& item : q.items) {
    if (item.type == ItemType::kGroup) {
      groups.push_back(item.link_id);
      const Item* needs = q.FindItem(item.link_id + "-needs-support");
      ASSERT_NE(needs, nullptr) << item.link_id;
      EXPECT_TRUE(needs->required);
      EXPECT_EQ(needs->group, item.link_id);
    }
  }
  EXPECT_EQ(groups,
            (std::vector<std::string>{"physical-health", "emotional-wellbeing", "housing", "money",
                                      "work", "loneliness", "caring", "safety", "mobility"}));
  EXPECT_TRUE(q.scoring->scores.empty());
  EXPECT_EQ(q.scoring->flags.size(), groups.size());
}

}  // namespace
}  // namespace lcn::assessment
