// SPDX-License-Identifier: Apache-2.0
// Scoring of the embedded instruments at every band boundary, the PHQ-9 item 9 flag, and the
// refusal of incomplete or malformed answers with each problem named.
#include "care/assessments/scoring.hpp"

#include <gtest/gtest.h>

#include "care/assessments/questionnaire_loader.hpp"

namespace lcn::assessment {
namespace {

using nlohmann::json;

const Questionnaire& Q(const std::string& id) {
  const Questionnaire* q = DefaultQuestionnaires().Find(id);
  EXPECT_NE(q, nullptr) << id;
  return *q;
}

// The code of the option of `item` whose ordinal is `value`.
std::string CodeFor(const Item& item, int value) {
  for (const AnswerOption& option : item.options) {
    if (option.ordinal == value) {
      return option.code;
    }
  }
  ADD_FAILURE() << "no option scores " << value << " in " << item.link_id;
  return "";
}

// Answers to every scored item of `score_id` adding up to `total`, filling items in order with
// the highest values first (the last items get what is left, usually their lowest option).
json AnswersTotalling(const Questionnaire& q, const std::string& score_id, int total) {
  const ScoreRule* rule = q.FindScore(score_id);
  EXPECT_NE(rule, nullptr);
  json answers = json::object();
  int left = total - rule->min;
  for (const std::string& link_id : rule->items) {
    const Item& item = *q.FindItem(link_id);
    const auto [low, high] = *item.ValueRange();
    const int value = low + std::min(left, high - low);
    left -= value - low;
    answers[link_id] = item.type == ItemType::kInteger ? json(value) : json(CodeFor(item, value));
  }
  EXPECT_EQ(left, 0) << "total out of range";
  return answers;
}

std::vector<std::string> Fields(const Evaluation& e) {
  std::vector<std::string> out;
  for (const FieldIssue& issue : e.issues) {
    out.push_back(issue.field);
  }
  return out;
}

struct BandCase {
  std::string questionnaire;
  std::string score;
  int total;
  std::string band;
};

class BandBoundaryTest : public ::testing::TestWithParam<BandCase> {};

TEST_P(BandBoundaryTest, TotalFallsInTheBand) {
  const BandCase& c = GetParam();
  const Questionnaire& q = Q(c.questionnaire);
  json answers = AnswersTotalling(q, c.score, c.total);
  // ONS4 scores each item on its own: answer the other items too.
  for (const ScoreRule& other : q.scoring->scores) {
    if (other.id != c.score) {
      answers.update(AnswersTotalling(q, other.id, other.min));
    }
  }
  const Evaluation e = Evaluate(q, answers);
  ASSERT_TRUE(e.Complete()) << e.issues.front().field << ": " << e.issues.front().message;
  const auto score = std::find_if(e.scores.begin(), e.scores.end(),
                                  [&](const ScoreResult& s) { return s.id == c.score; });
  ASSERT_NE(score, e.scores.end());
  EXPECT_EQ(score->value, c.total);
  EXPECT_EQ(score->band, c.band);
}

INSTANTIATE_TEST_SUITE_P(Phq9, BandBoundaryTest,
                         ::testing::Values(BandCase{"phq9", "total", 0, "minimal"},
                                           BandCase{"phq9", "total", 4, "minimal"},
                                           BandCase{"phq9", "total", 5, "mild"},
                                           BandCase{"phq9", "total", 9, "mild"},
                                           BandCase{"phq9", "total", 10, "moderate"},
                                           BandCase{"phq9", "total", 14, "moderate"},
                                           BandCase{"phq9", "total", 15, "moderately severe"},
                                           BandCase{"phq9", "total", 19, "moderately severe"},
                                           BandCase{"phq9", "total", 20, "severe"},
                                           BandCase{"phq9", "total", 27, "severe"}));

INSTANTIATE_TEST_SUITE_P(Gad7, BandBoundaryTest,
                         ::testing::Values(BandCase{"gad7", "total", 0, "minimal"},
                                           BandCase{"gad7", "total", 4, "minimal"},
                                           BandCase{"gad7", "total", 5, "mild"},
                                           BandCase{"gad7", "total", 9, "mild"},
                                           BandCase{"gad7", "total", 10, "moderate"},
                                           BandCase{"gad7", "total", 14, "moderate"},
                                           BandCase{"gad7", "total", 15, "severe"},
                                           BandCase{"gad7", "total", 21, "severe"}));

INSTANTIATE_TEST_SUITE_P(Ucla3, BandBoundaryTest,
                         ::testing::Values(BandCase{"ucla3", "total", 3, "not lonely"},
                                           BandCase{"ucla3", "total", 5, "not lonely"},
                                           BandCase{"ucla3", "total", 6, "lonely"},
                                           BandCase{"ucla3", "total", 9, "lonely"}));

INSTANTIATE_TEST_SUITE_P(
    Ons4, BandBoundaryTest,
    ::testing::Values(
        BandCase{"ons4", "life-satisfaction", 0, "low"},
        BandCase{"ons4", "life-satisfaction", 4, "low"},
        BandCase{"ons4", "life-satisfaction", 5, "medium"},
        BandCase{"ons4", "life-satisfaction", 6, "medium"},
        BandCase{"ons4", "life-satisfaction", 7, "high"},
        BandCase{"ons4", "life-satisfaction", 8, "high"},
        BandCase{"ons4", "life-satisfaction", 9, "very high"},
        BandCase{"ons4", "life-satisfaction", 10, "very high"},
        BandCase{"ons4", "worthwhile", 4, "low"}, BandCase{"ons4", "worthwhile", 5, "medium"},
        BandCase{"ons4", "worthwhile", 6, "medium"}, BandCase{"ons4", "worthwhile", 7, "high"},
        BandCase{"ons4", "worthwhile", 8, "high"}, BandCase{"ons4", "worthwhile", 9, "very high"},
        BandCase{"ons4", "happiness", 4, "low"}, BandCase{"ons4", "happiness", 5, "medium"},
        BandCase{"ons4", "happiness", 6, "medium"}, BandCase{"ons4", "happiness", 7, "high"},
        BandCase{"ons4", "happiness", 8, "high"}, BandCase{"ons4", "happiness", 9, "very high"},
        BandCase{"ons4", "anxiety", 0, "very low"}, BandCase{"ons4", "anxiety", 1, "very low"},
        BandCase{"ons4", "anxiety", 2, "low"}, BandCase{"ons4", "anxiety", 3, "low"},
        BandCase{"ons4", "anxiety", 4, "medium"}, BandCase{"ons4", "anxiety", 5, "medium"},
        BandCase{"ons4", "anxiety", 6, "high"}, BandCase{"ons4", "anxiety", 10, "high"}));

TEST(ScoringTest, Phq9PrimaryScoreIsTheTotal) {
  const Evaluation e = Evaluate(Q("phq9"), AnswersTotalling(Q("phq9"), "total", 12));
  ASSERT_TRUE(e.primary.has_value());
  EXPECT_EQ(e.primary->value, 12);
  EXPECT_EQ(e.primary->band, "moderate");
  EXPECT_EQ(e.answers.size(), 9U);
}

TEST(ScoringTest, Ons4HasNoPrimaryScoreButFourOfItsOwn) {
  json answers = {
      {"ons4-satisfied", 8}, {"ons4-worthwhile", 4}, {"ons4-happy", 9}, {"ons4-anxious", 6}};
  const Evaluation e = Evaluate(Q("ons4"), answers);
  ASSERT_TRUE(e.Complete());
  EXPECT_FALSE(e.primary.has_value());
  ASSERT_EQ(e.scores.size(), 4U);
  EXPECT_EQ(e.scores[0].band, "high");
  EXPECT_EQ(e.scores[1].band, "low");
  EXPECT_EQ(e.scores[2].band, "very high");
  EXPECT_EQ(e.scores[3].band, "high");
}

TEST(ScoringTest, Phq9Item9AboveNotAtAllRaisesTheUrgentFlag) {
  const Questionnaire& q = Q("phq9");
  json answers = AnswersTotalling(q, "total", 0);
  EXPECT_TRUE(Evaluate(q, answers).flags.empty());
  for (const std::string code : {"several-days", "more-than-half-the-days", "nearly-every-day"}) {
    answers["phq9-9"] = code;
    const Evaluation e = Evaluate(q, answers);
    ASSERT_EQ(e.flags.size(), 1U) << code;
    EXPECT_EQ(e.flags[0].id, "self-harm-thoughts");
    EXPECT_EQ(e.flags[0].severity, "urgent");
    EXPECT_NE(e.flags[0].message.find("same-day"), std::string::npos);
  }
  // A high total with item 9 at "not at all" raises nothing.
  answers = AnswersTotalling(q, "total", 24);
  answers["phq9-9"] = "not-at-all";
  const Evaluation high = Evaluate(q, answers);
  EXPECT_EQ(high.primary->value, 24);
  EXPECT_TRUE(high.flags.empty());
}

TEST(ScoringTest, IncompleteInstrumentNamesEachMissingItem) {
  const Questionnaire& q = Q("phq9");
  json answers = AnswersTotalling(q, "total", 3);
  answers.erase("phq9-2");
  answers.erase("phq9-9");
  answers["phq9-5"] = nullptr;  // null counts as unanswered
  const Evaluation e = Evaluate(q, answers);
  EXPECT_FALSE(e.Complete());
  EXPECT_EQ(Fields(e),
            (std::vector<std::string>{"answers.phq9-2", "answers.phq9-5", "answers.phq9-9"}));
  EXPECT_NE(e.issues[2].message.find("is missing: \"9. Thoughts that you would be better off"),
            std::string::npos)
      << e.issues[2].message;
  EXPECT_TRUE(e.scores.empty());
  EXPECT_TRUE(e.flags.empty());
}

TEST(ScoringTest, EmptyAnswersNameEveryRequiredItem) {
  const Evaluation e = Evaluate(Q("gad7"), json::object());
  EXPECT_EQ(e.issues.size(), 7U);  // the difficulty question is optional
}

TEST(ScoringTest, UnknownItemsWrongTypesAndOutOfRangeAnswersAreEachNamed) {
  const Questionnaire& q = Q("phq9");
  json answers = AnswersTotalling(q, "total", 0);
  answers["phq9-1"] = 2;                    // a number for a choice
  answers["phq9-3"] = "sometimes";          // not an option code
  answers["phq9-intro"] = "hello";          // a display item
  answers["phq9-10"] = "nearly-every-day";  // no such item
  answers["phq-4"] = "several-days";        // a typo
  const Evaluation e = Evaluate(q, answers);
  EXPECT_EQ(Fields(e),
            (std::vector<std::string>{"answers.phq-4", "answers.phq9-1", "answers.phq9-10",
                                      "answers.phq9-3", "answers.phq9-intro"}));
  EXPECT_NE(e.issues[0].message.find("did you mean 'phq9-4'"), std::string::npos)
      << e.issues[0].message;
  EXPECT_NE(e.issues[1].message.find("not-at-all, several-days"), std::string::npos);
  EXPECT_NE(e.issues[4].message.find("not a question"), std::string::npos);
}

TEST(ScoringTest, IntegerAnswersMustBeWholeNumbersInRange) {
  const Questionnaire& q = Q("ons4");
  for (const json& bad : {json(11), json(-1), json(5.5), json("7"), json(true)}) {
    json answers = {
        {"ons4-satisfied", bad}, {"ons4-worthwhile", 5}, {"ons4-happy", 5}, {"ons4-anxious", 5}};
    const Evaluation e = Evaluate(q, answers);
    ASSERT_EQ(Fields(e), std::vector<std::string>{"answers.ons4-satisfied"}) << bad.dump();
  }
}

TEST(ScoringTest, AnswersMustBeAnObject) {
  const Evaluation e = Evaluate(Q("phq9"), json::array({1, 2}));
  EXPECT_EQ(Fields(e), std::vector<std::string>{"answers"});
}

json HolisticAnswers(bool needs) {
  json answers = json::object();
  for (const Item& item : Q("holistic").items) {
    if (item.type == ItemType::kBoolean) {
      answers[item.link_id] = needs;
    }
  }
  return answers;
}

TEST(ScoringTest, HolisticIsUnscoredAndFlagsEachDomainNeedingSupport) {
  const Questionnaire& q = Q("holistic");
  EXPECT_TRUE(Evaluate(q, HolisticAnswers(false)).flags.empty());
  json answers = HolisticAnswers(false);
  answers["housing-needs-support"] = true;
  answers["housing-what"] = "Damp flat, landlord not answering";
  answers["safety-needs-support"] = true;
  answers["money-what"] = "   ";  // blank counts as unanswered
  const Evaluation e = Evaluate(q, answers);
  ASSERT_TRUE(e.Complete());
  EXPECT_TRUE(e.scores.empty());
  EXPECT_FALSE(e.primary.has_value());
  ASSERT_EQ(e.flags.size(), 2U);
  EXPECT_EQ(e.flags[0].id, "housing-support");
  EXPECT_EQ(e.flags[0].message, "Housing: needs support");
  EXPECT_EQ(e.flags[1].id, "safety-support");
  EXPECT_EQ(e.flags[1].severity, "warning");
  EXPECT_FALSE(e.answers.contains("money-what"));
}

TEST(ScoringTest, HolisticNeedsAYesOrNoForEveryDomain) {
  json answers = HolisticAnswers(false);
  answers.erase("work-needs-support");
  answers["mobility-needs-support"] = "yes";
  answers["housing"] = "a group";
  const Evaluation e = Evaluate(Q("holistic"), answers);
  EXPECT_EQ(Fields(e),
            (std::vector<std::string>{"answers.housing", "answers.mobility-needs-support",
                                      "answers.work-needs-support"}));
  EXPECT_EQ(e.issues[2].message, "is missing: \"Needs support\"");
}

TEST(ScoringTest, TextLongerThanTheItemAllowsIsRefused) {
  json answers = HolisticAnswers(false);
  answers["housing-what"] = std::string(5001, 'x');
  EXPECT_EQ(Fields(Evaluate(Q("holistic"), answers)),
            std::vector<std::string>{"answers.housing-what"});
  answers["housing-what"] = std::string(5000, 'x');
  EXPECT_TRUE(Evaluate(Q("holistic"), answers).Complete());
}

TEST(ScoringTest, BandOfOutsideEveryBandIsEmpty) {
  const ScoreRule& rule = *Q("phq9").FindScore("total");
  EXPECT_EQ(BandOf(rule, 28), "");
  EXPECT_EQ(BandOf(rule, -1), "");
}

}  // namespace
}  // namespace lcn::assessment
