// SPDX-License-Identifier: Apache-2.0
// Loading definition folders: where predicates may appear, file shapes and the eFI's 36 deficits.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "casefinding/definitions/definitions.hpp"
#include "casefinding/definitions/test_folder.hpp"

namespace lcn::casefinding {
namespace {

using testing::FrailtyJson;
using ::testing::HasSubstr;
using testing::LoadIssues;
using testing::Render;
using testing::TempFolder;
using testing::WriteValidSet;

class LoaderShapeTest : public ::testing::Test {
 protected:
  void SetUp() override { WriteValidSet(folder_); }

  std::string Issues() const { return Render(LoadIssues(folder_.Path())); }

  TempFolder folder_;
};

TEST_F(LoaderShapeTest, KeepsConditionsAndDeficitsFreeOfCircularPredicates) {
  folder_.Write("conditions/cms20.json", R"({"conditions": [
    {"id": "MM", "name": "Multimorbid", "rule": {"conditionCount": "cms37", "atLeast": 2}},
    {"id": "DEM", "name": "Dementia", "rule": {"condition": "ANX"}}]})");
  std::string deficits = FrailtyJson(35);
  deficits.insert(deficits.size() - 2,
                  R"(, {"id": "efi_x", "name": "X", "rule": {"frailty": "mild"}})");
  folder_.Write("frailty/efi.json", deficits);
  const std::string issues = Issues();
  EXPECT_THAT(issues, HasSubstr("conditions/cms20.json: conditions[0].rule.conditionCount: "
                                "'conditionCount' may only be used in cohort rules\n"));
  EXPECT_THAT(issues, HasSubstr("conditions/cms20.json: conditions[1].rule.condition: "
                                "'condition' may only be used in cohort rules\n"));
  EXPECT_THAT(issues, HasSubstr("frailty/efi.json: deficits[35].rule.frailty: 'frailty' may "
                                "only be used in cohort rules\n"));
}

TEST_F(LoaderShapeTest, NeedsExactly36Deficits) {
  folder_.Write("frailty/efi.json", FrailtyJson(35));
  EXPECT_EQ(Issues(), "frailty/efi.json: deficits: the eFI needs exactly 36 deficits, found 35\n");
}

TEST_F(LoaderShapeTest, ChecksEntries) {
  folder_.Write("cohorts.json", R"({"cohorts": [
    {"id": "ltc 3", "name": "X", "weight": 1, "rule": {"careHome": true}},
    {"id": "y", "rule": {"careHome": true}},
    {"id": "z", "name": "Z"}], "comment": "x"})");
  const std::string issues = Issues();
  EXPECT_THAT(issues, HasSubstr("cohorts.json: cohorts[0].weight: unknown key 'weight'\n"));
  EXPECT_THAT(issues, HasSubstr("cohorts.json: cohorts[0].id: 'ltc 3' must be letters"));
  EXPECT_THAT(issues, HasSubstr("cohorts.json: cohorts[1]: missing key 'name'\n"));
  EXPECT_THAT(issues, HasSubstr("cohorts.json: cohorts[2]: missing key 'rule'\n"));
  EXPECT_THAT(issues, HasSubstr("cohorts.json: comment: unknown key 'comment'\n"));
}

TEST_F(LoaderShapeTest, RefusesFilesOfTheWrongShape) {
  folder_.Write("conditions/cms20.json", R"([{"id": "ANX"}])");
  folder_.Write("cohorts.json", R"({"cohorts": []})");
  folder_.Write("conditions/cms37.json", R"({"condition": []})");
  const std::string issues = Issues();
  EXPECT_THAT(issues, HasSubstr("conditions/cms20.json: the file must be an object with a "
                                "'conditions' list, not a list\n"));
  EXPECT_THAT(issues, HasSubstr("cohorts.json: cohorts: cohorts needs at least one entry\n"));
  EXPECT_THAT(issues, HasSubstr("conditions/cms37.json: condition: unknown key 'condition' "
                                "(did you mean 'conditions'?)\n"));
  EXPECT_THAT(issues, HasSubstr("conditions/cms37.json: missing key 'conditions'\n"));
}

TEST_F(LoaderShapeTest, ConditionReferencesResolveAcrossSets) {
  folder_.Write("cohorts.json", R"({"cohorts": [
    {"id": "ckd", "name": "CKD", "rule": {"condition": "CKD"}},
    {"id": "bad", "name": "Bad", "rule": {"condition": "CDK"}}]})");
  EXPECT_EQ(Issues(),
            "cohorts.json: cohorts[1].rule.condition: unknown condition 'CDK' (did you "
            "mean 'CKD'?)\n");
}

}  // namespace
}  // namespace lcn::casefinding
