// SPDX-License-Identifier: Apache-2.0
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "casefinding/definitions/definitions.hpp"
#include "core/error.hpp"

namespace lcn::casefinding {
namespace {

using ::testing::HasSubstr;
using Kind = Rule::Kind;

// The issues ParseRule refuses `json` with, as "field: message" lines.
std::string Refusal(std::string_view json) {
  try {
    (void)ParseRule(json, "rule.json");
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kBadRequest);
    std::string text;
    for (const FieldIssue& issue : e.Issues()) {
      text += issue.field + ": " + issue.message + "\n";
    }
    return text;
  }
  ADD_FAILURE() << "expected a refusal of " << json;
  return "";
}

TEST(RuleParserTest, ParsesEveryPredicate) {
  const RulePtr rule = ParseRule(R"({"allOf": [
      {"code": "c", "withinDays": 1826, "first": true},
      {"medications": "m", "withinDays": 365, "atLeast": 4},
      {"distinctMedications": "any", "withinDays": 365, "atLeast": 5},
      {"value": "egfr", "aggregate": "maxOfLatestTwo", "below": 60},
      {"value": "hb", "atMost": 18, "withinDays": 730},
      {"events": "falls", "withinDays": 365, "atLeast": 2},
      {"ageAtLeast": 65}, {"ageBelow": 100}, {"sex": "female"}, {"careHome": true},
      {"conditionCount": "cms37", "atLeast": 3}, {"condition": "DEM"},
      {"frailty": "moderate"}, {"emergencyAdmissions": 2, "withinDays": 365},
      {"not": {"anyOf": [{"code": "x"}]}}]})",
                                 "test");
  ASSERT_EQ(rule->kind, Kind::kAllOf);
  const auto& c = rule->children;
  ASSERT_EQ(c.size(), 15U);
  EXPECT_EQ(c[0]->kind, Kind::kCode);
  EXPECT_EQ(c[0]->list, "c");
  EXPECT_EQ(c[0]->within_days, 1826);
  EXPECT_TRUE(c[0]->first);
  EXPECT_EQ(c[1]->kind, Kind::kMedications);
  EXPECT_EQ(c[1]->at_least, 4);
  EXPECT_EQ(c[2]->kind, Kind::kDistinctMedications);
  EXPECT_EQ(c[2]->list, "any");
  EXPECT_EQ(c[2]->at_least, 5);
  EXPECT_EQ(c[3]->kind, Kind::kValue);
  EXPECT_EQ(c[3]->aggregate, ValueAggregate::kMaxOfLatestTwo);
  EXPECT_EQ(c[3]->compare, Rule::Compare::kBelow);
  EXPECT_EQ(c[3]->threshold, 60);
  EXPECT_FALSE(c[3]->within_days.has_value());
  EXPECT_EQ(c[4]->aggregate, ValueAggregate::kLatest);
  EXPECT_EQ(c[4]->compare, Rule::Compare::kAtMost);
  EXPECT_EQ(c[5]->kind, Kind::kEventCount);
  EXPECT_EQ(c[5]->at_least, 2);
  EXPECT_EQ(c[6]->kind, Kind::kAgeAtLeast);
  EXPECT_EQ(c[6]->at_least, 65);
  EXPECT_EQ(c[7]->kind, Kind::kAgeBelow);
  EXPECT_EQ(c[8]->text, "female");
  EXPECT_EQ(c[9]->kind, Kind::kCareHome);
  EXPECT_EQ(c[10]->kind, Kind::kConditionCount);
  EXPECT_EQ(c[10]->list, "cms37");
  EXPECT_EQ(c[10]->at_least, 3);
  EXPECT_EQ(c[11]->list, "DEM");
  EXPECT_EQ(c[12]->text, "moderate");
  EXPECT_EQ(c[13]->kind, Kind::kEmergencyAdmissions);
  EXPECT_EQ(c[13]->at_least, 2);
  EXPECT_EQ(c[14]->kind, Kind::kNot);
  ASSERT_EQ(c[14]->children.size(), 1U);
  EXPECT_EQ(c[14]->children[0]->kind, Kind::kAnyOf);
}

TEST(RuleParserTest, NamesTheExactLocationOfEachProblem) {
  const std::string issues = Refusal(R"({"anyOf": [
      {"code": "a", "withinDay": 365},
      {"medications": "m", "withinDays": 365, "atLeast": 0},
      {"value": "egfr", "aggregate": "max", "below": 60},
      {"allOf": []}]})");
  EXPECT_THAT(issues, HasSubstr("rule.json: anyOf[0].withinDay: unknown key 'withinDay' (did "
                                "you mean 'withinDays'?)\n"));
  EXPECT_THAT(issues, HasSubstr("rule.json: anyOf[1].atLeast: must be a whole number ≥ 1\n"));
  EXPECT_THAT(issues, HasSubstr("rule.json: anyOf[2].aggregate: aggregate must be one of "
                                "latest, maxOfLatestTwo, any\n"));
  EXPECT_THAT(issues, HasSubstr("rule.json: anyOf[3].allOf: allOf needs at least one rule\n"));
}

TEST(RuleParserTest, RefusesWrongTypesAndRanges) {
  EXPECT_THAT(Refusal(R"({"medications": "m", "atLeast": 4.5})"),
              HasSubstr("atLeast: must be a whole number ≥ 1, not a decimal number"));
  EXPECT_THAT(Refusal(R"({"code": "c", "withinDays": "365"})"),
              HasSubstr("withinDays: must be a whole number ≥ 1, not a string"));
  EXPECT_THAT(Refusal(R"({"ageAtLeast": -1})"), HasSubstr("must be a whole number ≥ 0"));
  EXPECT_THAT(Refusal(R"({"code": ""})"), HasSubstr("code: must be a non-empty string"));
  EXPECT_THAT(Refusal(R"({"sex": "f"})"),
              HasSubstr("sex: sex must be one of male, female, other, unknown"));
  EXPECT_THAT(Refusal(R"({"frailty": "frail"})"),
              HasSubstr("frailty must be one of mild, moderate, severe"));
  EXPECT_THAT(Refusal(R"({"careHome": false})"), HasSubstr("careHome must be true"));
  EXPECT_THAT(Refusal(R"({"value": "egfr", "below": "sixty"})"),
              HasSubstr("below: must be a number, not a string"));
  EXPECT_THAT(Refusal(R"({"anyOf": {"code": "c"}})"), HasSubstr("anyOf must be a list of rules"));
  EXPECT_THAT(Refusal(R"({"not": [{"code": "c"}]})"),
              HasSubstr("rule.json: not: a rule must be an object, not a list"));
}

TEST(RuleParserTest, RefusesAmbiguousAndIncompleteRules) {
  EXPECT_THAT(Refusal(R"({"code": "c", "value": "v"})"),
              HasSubstr("found both 'code' and 'value' (combine rules with allOf)"));
  EXPECT_THAT(Refusal(R"({"withinDays": 365})"), HasSubstr("a rule needs one of code, "));
  EXPECT_THAT(Refusal(R"({"cdoe": "c"})"),
              HasSubstr("rule.json: cdoe: unknown key 'cdoe' (did you mean 'code'?)"));
  EXPECT_THAT(Refusal(R"({"value": "egfr"})"),
              HasSubstr("value needs one of below, above, atMost, atLeast"));
  EXPECT_THAT(Refusal(R"({"value": "egfr", "below": 60, "above": 10})"),
              HasSubstr("value takes only one of below, above, atMost, atLeast"));
  EXPECT_THAT(Refusal(R"({"code": "cancer", "first": true})"),
              HasSubstr("first: first needs withinDays"));
  EXPECT_THAT(Refusal(R"({"medications": "m", "first": true})"),
              HasSubstr("first: 'first' cannot be used with 'medications'"));
}

TEST(RuleParserTest, RefusesInvalidJsonAndDuplicateKeys) {
  EXPECT_THAT(Refusal(R"({"code": "c",})"), HasSubstr("rule.json: invalid JSON: parse error at"));
  EXPECT_THAT(Refusal(R"({"code": "c", "withinDays": 1, "withinDays": 2})"),
              HasSubstr("rule.json: duplicate key 'withinDays' in an object"));
}

TEST(RuleParserTest, ChecksNamesAgainstADefinitionSet) {
  DefinitionSet set;
  set.code_lists["cms_anxiety"].name = "cms_anxiety";
  set.code_lists["cms_lithium"].name = "cms_lithium";
  set.code_lists["cms_lithium"].medications = true;
  set.condition_sets["cms37"].emplace_back().id = "ANX";
  EXPECT_NO_THROW((void)ParseRule(R"({"code": "cms_anxiety"})", "api", set));
  try {
    (void)ParseRule(R"({"anyOf": [{"code": "cms_anxeity"}, {"code": "cms_lithium"},
        {"medications": "cms_anxiety"}, {"conditionCount": "cms38", "atLeast": 3},
        {"condition": "ANY"}]})",
                    "api", set);
    FAIL() << "expected a refusal";
  } catch (const Error& e) {
    ASSERT_EQ(e.Issues().size(), 5U);
    EXPECT_EQ(e.Issues()[0].field, "api: anyOf[0].code");
    EXPECT_EQ(e.Issues()[0].message,
              "unknown code list 'cms_anxeity' (did you mean 'cms_anxiety'?)");
    EXPECT_EQ(e.Issues()[1].message,
              "'cms_lithium' is a medication (dmd) list; 'code' needs a snomed list");
    EXPECT_EQ(e.Issues()[2].message,
              "'cms_anxiety' is a SNOMED CT (snomed) list; 'medications' needs a medication "
              "(dmd) list");
    EXPECT_EQ(e.Issues()[3].message, "unknown condition set 'cms38' (did you mean 'cms37'?)");
    EXPECT_EQ(e.Issues()[4].message, "unknown condition 'ANY' (did you mean 'ANX'?)");
  }
}

}  // namespace
}  // namespace lcn::casefinding
