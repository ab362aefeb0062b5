// SPDX-License-Identifier: Apache-2.0
// Loading definition folders: the valid test set, then one broken file at a time.
#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "casefinding/definitions/definitions.hpp"
#include "casefinding/definitions/test_folder.hpp"

namespace lcn::casefinding {
namespace {

using ::testing::HasSubstr;
using testing::LoadIssues;
using ::testing::Not;
using testing::Render;
using testing::TempFolder;
using testing::WriteValidSet;

class LoaderTest : public ::testing::Test {
 protected:
  void SetUp() override { WriteValidSet(folder_); }

  // The issues the folder is refused with, rendered as "field: message" lines.
  std::string Issues() const { return Render(LoadIssues(folder_.Path())); }

  TempFolder folder_;
};

TEST_F(LoaderTest, LoadsTheValidSet) {
  const DefinitionSet set = LoadDefinitions(folder_.Path());
  EXPECT_EQ(set.version, "test-1");
  ASSERT_EQ(set.code_lists.size(), 3U);
  const CodeList& anxiolytics = set.code_lists.at("anxiolytics");
  EXPECT_TRUE(anxiolytics.medications);
  EXPECT_EQ(anxiolytics.title, "Anxiolytics");
  EXPECT_EQ(anxiolytics.source, "test");
  EXPECT_EQ(anxiolytics.codes, std::vector<ConceptId>{42295711000001101});
  EXPECT_FALSE(set.code_lists.at("anxiety").medications);
  ASSERT_EQ(set.condition_sets.at("cms37").size(), 2U);
  ASSERT_EQ(set.condition_sets.at("cms20").size(), 1U);
  EXPECT_EQ(set.condition_sets.at("cms20")[0].weight, 0.5);
  EXPECT_FALSE(set.condition_sets.at("cms37")[0].weight.has_value());
  EXPECT_EQ(set.frailty_deficits.size(), 36U);
  ASSERT_EQ(set.cohorts.size(), 2U);
  EXPECT_EQ(set.cohorts[1].id, "care_home");
  EXPECT_EQ(set.emergency_admission_type, "emergency_admission");
}

TEST_F(LoaderTest, RefusesAMissingFolderOrManifest) {
  EXPECT_THAT(Render(LoadIssues(folder_.Path() + "/nowhere")), HasSubstr("folder not found"));
  folder_.Remove("manifest.json");
  EXPECT_EQ(Issues(), "manifest.json: file not found\n");
}

TEST_F(LoaderTest, NamesTheFileAndPathOfARuleProblem) {
  folder_.Write("conditions/cms37.json", R"({"conditions": [
    {"id": "ANX", "name": "Anxiety", "rule": {"anyOf": [
      {"code": "anxiety", "withinDays": 365},
      {"medications": "anxiolytics", "withinDays": 365, "atLeast": 0}]}}]})");
  EXPECT_EQ(Issues(),
            "conditions/cms37.json: conditions[0].rule.anyOf[1].atLeast: must be a whole number "
            "≥ 1\n");
}

TEST_F(LoaderTest, CollectsProblemsFromEveryFileBeforeThrowing) {
  folder_.Write("codelists/anxiety.csv", "code,term\n197480006,ok\nabc,bad\n");
  folder_.Write("conditions/cms20.json", R"({"conditions": [
    {"id": "ANX", "name": "Anxiety", "weight": "high", "rule": {"code": "anxeity"}}]})");
  folder_.Write("cohorts.json", R"({"cohorts": [
    {"id": "x", "name": "X", "rule": {"conditionCount": "cms38", "atLeast": 3}}]})");
  const std::string issues = Issues();
  EXPECT_THAT(issues, HasSubstr("codelists/anxiety.csv:3:1: code 'abc' is not a number\n"));
  EXPECT_THAT(issues, HasSubstr("conditions/cms20.json: conditions[0].weight: must be a "
                                "number, not a string\n"));
  EXPECT_THAT(issues, HasSubstr("cohorts.json: cohorts[0].rule.conditionCount: unknown "
                                "condition set 'cms38' (did you mean 'cms37'?)\n"));
}

TEST_F(LoaderTest, RefusesUnknownAndMismatchedCodeLists) {
  folder_.Write("conditions/cms37.json", R"({"conditions": [
    {"id": "ANX", "name": "Anxiety", "rule": {"anyOf": [
      {"code": "anxeity", "withinDays": 365}, {"code": "anxiolytics"},
      {"medications": "egfr"}, {"value": "anxiolytics", "below": 1}]}}]})");
  const std::string issues = Issues();
  EXPECT_THAT(issues, HasSubstr("conditions/cms37.json: conditions[0].rule.anyOf[0].code: "
                                "unknown code list 'anxeity' (did you mean 'anxiety'?)\n"));
  EXPECT_THAT(issues, HasSubstr("conditions[0].rule.anyOf[1].code: 'anxiolytics' is a "
                                "medication (dmd) list; 'code' needs a snomed list\n"));
  EXPECT_THAT(issues, HasSubstr("conditions[0].rule.anyOf[2].medications: 'egfr' is a SNOMED "
                                "CT (snomed) list; 'medications' needs a medication (dmd) list\n"));
  EXPECT_THAT(issues, HasSubstr("conditions[0].rule.anyOf[3].value: 'anxiolytics' is a "
                                "medication (dmd) list; 'value' needs a snomed list\n"));
}

TEST_F(LoaderTest, RefusesDuplicateCodeListsAndDefinitionIds) {
  std::string manifest = R"({"version": "v", "codeLists": [
    {"name": "anxiety", "title": "A", "file": "codelists/anxiety.csv", "kind": "snomed",
     "source": "s", "version": "1", "licence": "l"},
    {"name": "anxiolytics", "title": "B", "file": "codelists/anxiolytics.csv", "kind": "dmd",
     "source": "s", "version": "1", "licence": "l"},
    {"name": "egfr", "title": "E", "file": "codelists/egfr.csv", "kind": "snomed",
     "source": "s", "version": "1", "licence": "l"},
    {"name": "anxiety", "title": "C", "file": "codelists/egfr.csv", "kind": "snomed",
     "source": "s", "version": "1", "licence": "l"}],
    "conditionSets": {"cms37": "conditions/cms37.json", "cms20": "conditions/cms20.json"},
    "frailty": "frailty/efi.json", "cohorts": "cohorts.json"})";
  folder_.Write("manifest.json", manifest);
  folder_.Write("cohorts.json", R"({"cohorts": [
    {"id": "x", "name": "X", "rule": {"careHome": true}},
    {"id": "x", "name": "Y", "rule": {"ageAtLeast": 65}}]})");
  const std::string issues = Issues();
  EXPECT_THAT(issues, HasSubstr("manifest.json: codeLists[3].name: duplicate code list "
                                "'anxiety' (also codeLists[0])\n"));
  EXPECT_THAT(issues, HasSubstr("cohorts.json: cohorts[1].id: duplicate id 'x' (also "
                                "cohorts[0])\n"));
}

TEST_F(LoaderTest, ChecksTheManifest) {
  folder_.Write("manifest.json", R"({"version": "v", "codeLists": [
    {"name": "Anxiety", "title": "A", "file": "../anxiety.csv", "kind": "read",
     "source": "s", "version": "1", "licence": "l", "verified": "yes", "license": "l"},
    {"name": "egfr", "title": "E", "file": "codelists/missing.csv", "kind": "snomed",
     "source": "s", "version": "1"}],
    "conditionSets": {"cms37": "conditions/nothere.json"},
    "frailty": "/etc/efi.json", "cohorts": "cohorts.json", "extra": 1})");
  const std::string issues = Issues();
  EXPECT_THAT(issues, HasSubstr("manifest.json: codeLists[0].name: 'Anxiety' must be lower"));
  EXPECT_THAT(issues, HasSubstr("manifest.json: codeLists[0].file: '../anxiety.csv' must be a "
                                "relative path inside the definitions folder\n"));
  EXPECT_THAT(issues, HasSubstr("manifest.json: codeLists[0].kind: kind must be one of snomed, "
                                "dmd\n"));
  EXPECT_THAT(issues, HasSubstr("codeLists[0].verified: verified must be true or false\n"));
  EXPECT_THAT(issues, HasSubstr("manifest.json: codeLists[0].license: unknown key 'license' "
                                "(did you mean 'licence'?)\n"));
  EXPECT_THAT(issues, HasSubstr("manifest.json: codeLists[1]: missing key 'licence'\n"));
  EXPECT_THAT(issues, HasSubstr("manifest.json: conditionSets.cms37: file "
                                "'conditions/nothere.json' not found\n"));
  EXPECT_THAT(issues, HasSubstr("manifest.json: frailty: '/etc/efi.json' must be a relative"));
  EXPECT_THAT(issues, HasSubstr("manifest.json: extra: unknown key 'extra'\n"));
}

TEST_F(LoaderTest, ReportsAMissingCodeListFile) {
  folder_.Remove("codelists/egfr.csv");
  EXPECT_THAT(Issues(), HasSubstr("manifest.json: codeLists[2].file: file 'codelists/egfr.csv' "
                                  "not found\n"));
}

TEST_F(LoaderTest, RefusesInvalidJsonFiles) {
  folder_.Write("conditions/cms20.json", "{\"conditions\": [\n  {\"id\": \"ANX\",,}]}");
  EXPECT_THAT(Issues(), HasSubstr("conditions/cms20.json: invalid JSON: parse error at line 2, "
                                  "column 16"));
}

TEST_F(LoaderTest, AllowsAnEmptyListOnlyWhenMarkedAsAPlaceholder) {
  folder_.Write("codelists/anxiolytics.csv", "code,term\n");
  EXPECT_EQ(Issues(), "codelists/anxiolytics.csv: the list has no codes\n");
  std::string manifest = testing::ValidManifest();
  const std::string marker = R"("verified": false)";
  manifest.replace(manifest.find(marker), marker.size(),
                   R"("verified": false, "placeholder": true)");
  folder_.Write("manifest.json", manifest);
  const DefinitionSet set = LoadDefinitions(folder_.Path());
  EXPECT_TRUE(set.code_lists.at("anxiolytics").codes.empty());
}

TEST_F(LoaderTest, ReservesTheListNameAny) {
  std::string manifest = testing::ValidManifest();
  const std::string name = R"("name": "egfr")";
  manifest.replace(manifest.find(name), name.size(), R"("name": "any")");
  folder_.Write("manifest.json", manifest);
  EXPECT_THAT(Issues(), HasSubstr("manifest.json: codeLists[2].name: 'any' is reserved"));
}

TEST_F(LoaderTest, DeduplicatesCodesListedTwice) {
  folder_.Write("codelists/anxiety.csv",
                "code,term\n197480006,Anxiety disorder\n21897009,GAD\n197480006,again\n");
  const DefinitionSet set = LoadDefinitions(folder_.Path());
  EXPECT_EQ(set.code_lists.at("anxiety").codes, (std::vector<ConceptId>{21897009, 197480006}));
}

}  // namespace
}  // namespace lcn::casefinding
