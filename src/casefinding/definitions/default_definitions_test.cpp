// SPDX-License-Identifier: Apache-2.0
// The default definition set embedded from data/casefinding: it loads, has the published shape,
// and its key rules parse to the trees of the Cambridge recording rules.
#include <cmath>
#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "casefinding/definitions/definitions.hpp"
#include "core/error.hpp"

namespace lcn::casefinding {
namespace {

using Kind = Rule::Kind;

const Definition& Find(const std::vector<Definition>& definitions, const std::string& id) {
  for (const Definition& definition : definitions) {
    if (definition.id == id) {
      return definition;
    }
  }
  ADD_FAILURE() << "no definition " << id;
  static const Definition kMissing;
  return kMissing;
}

class DefaultDefinitionsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    try {
      set_ = new DefinitionSet(DefaultDefinitions());
    } catch (const Error& e) {
      std::string issues;
      for (const FieldIssue& issue : e.Issues()) {
        issues += "\n  " + issue.field + ": " + issue.message;
      }
      FAIL() << e.what() << issues;
    }
  }

  static void TearDownTestSuite() {
    delete set_;
    set_ = nullptr;
  }

  static const DefinitionSet& Set() { return *set_; }

  static const Rule& Condition(const std::string& id) {
    const RulePtr& rule = Find(Set().condition_sets.at("cms37"), id).rule;
    EXPECT_NE(rule, nullptr);
    return *rule;
  }

 private:
  static DefinitionSet* set_;
};

DefinitionSet* DefaultDefinitionsTest::set_ = nullptr;

TEST_F(DefaultDefinitionsTest, LoadsWithTheExpectedShape) {
  EXPECT_EQ(Set().version, "lcn-casefinding-2026.11.1");
  ASSERT_EQ(Set().condition_sets.size(), 2U);
  EXPECT_EQ(Set().condition_sets.at("cms37").size(), 37U);
  EXPECT_EQ(Set().condition_sets.at("cms20").size(), 20U);
  EXPECT_EQ(Set().frailty_deficits.size(), 36U);
  ASSERT_EQ(Set().cohorts.size(), 3U);
  EXPECT_EQ(Set().cohorts[0].id, "ltc3");
  EXPECT_EQ(Set().cohorts[1].id, "frailty_moderate_severe");
  EXPECT_EQ(Set().cohorts[2].id, "care_home");
  EXPECT_EQ(Set().emergency_admission_type, "emergency_admission");
}

TEST_F(DefaultDefinitionsTest, Cms20HasTheGeneralOutcomeWeights) {
  double sum = 0;
  for (const Definition& condition : Set().condition_sets.at("cms20")) {
    ASSERT_TRUE(condition.weight.has_value()) << condition.id;
    sum += *condition.weight;
  }
  EXPECT_NEAR(sum, 16.33, 1e-9);
  const auto& cms20 = Set().condition_sets.at("cms20");
  EXPECT_EQ(Find(cms20, "DEM").weight, 2.50);
  EXPECT_EQ(Find(cms20, "HYP").weight, 0.08);
  const Definition& anxiety_or_depression = Find(cms20, "ANXDEP");
  EXPECT_EQ(anxiety_or_depression.weight, 0.50);
  ASSERT_EQ(anxiety_or_depression.rule->kind, Kind::kAnyOf);
  EXPECT_EQ(anxiety_or_depression.rule->children.size(), 2U);
  for (const Definition& condition : Set().condition_sets.at("cms37")) {
    EXPECT_FALSE(condition.weight.has_value()) << condition.id;
  }
}

TEST_F(DefaultDefinitionsTest, AnxietyIsACodeInAYearOrFourAnxiolytics) {
  const Rule& anx = Condition("ANX");
  ASSERT_EQ(anx.kind, Kind::kAnyOf);
  ASSERT_EQ(anx.children.size(), 2U);
  EXPECT_EQ(anx.children[0]->kind, Kind::kCode);
  EXPECT_EQ(anx.children[0]->list, "cms_anxiety");
  EXPECT_EQ(anx.children[0]->within_days, 365);
  EXPECT_EQ(anx.children[1]->kind, Kind::kMedications);
  EXPECT_EQ(anx.children[1]->list, "cms_rx_anxiolytics");
  EXPECT_EQ(anx.children[1]->within_days, 365);
  EXPECT_EQ(anx.children[1]->at_least, 4);
}

TEST_F(DefaultDefinitionsTest, CkdIsACodeOrTheBestOfTheLastTwoEgfrsBelow60) {
  const Rule& ckd = Condition("CKD");
  ASSERT_EQ(ckd.kind, Kind::kAnyOf);
  ASSERT_EQ(ckd.children.size(), 2U);
  EXPECT_EQ(ckd.children[0]->kind, Kind::kCode);
  EXPECT_FALSE(ckd.children[0]->within_days.has_value());
  const Rule& egfr = *ckd.children[1];
  EXPECT_EQ(egfr.kind, Kind::kValue);
  EXPECT_EQ(egfr.list, "obs_egfr");
  EXPECT_EQ(egfr.aggregate, ValueAggregate::kMaxOfLatestTwo);
  EXPECT_EQ(egfr.compare, Rule::Compare::kBelow);
  EXPECT_EQ(egfr.threshold, 60);
}

TEST_F(DefaultDefinitionsTest, CancerIsAFirstDiagnosisInFiveYears) {
  const Rule& can = Condition("CAN");
  EXPECT_EQ(can.kind, Kind::kCode);
  EXPECT_EQ(can.list, "cms_cancer");
  EXPECT_TRUE(can.first);
  EXPECT_EQ(can.within_days, 1826);
}

TEST_F(DefaultDefinitionsTest, PainfulConditionHasTheAntiepilepticBranchWithoutEpilepsy) {
  const Rule& pnc = Condition("PNC");
  ASSERT_EQ(pnc.kind, Kind::kAnyOf);
  ASSERT_EQ(pnc.children.size(), 2U);
  EXPECT_EQ(pnc.children[0]->kind, Kind::kMedications);
  EXPECT_EQ(pnc.children[0]->list, "cms_rx_analgesics");
  EXPECT_EQ(pnc.children[0]->at_least, 4);
  const Rule& branch = *pnc.children[1];
  ASSERT_EQ(branch.kind, Kind::kAllOf);
  ASSERT_EQ(branch.children.size(), 2U);
  EXPECT_EQ(branch.children[0]->list, "cms_rx_antiepileptics");
  EXPECT_EQ(branch.children[0]->at_least, 4);
  EXPECT_EQ(branch.children[0]->within_days, 365);
  ASSERT_EQ(branch.children[1]->kind, Kind::kNot);
  ASSERT_EQ(branch.children[1]->children.size(), 1U);
  EXPECT_EQ(branch.children[1]->children[0]->kind, Kind::kCode);
  EXPECT_EQ(branch.children[1]->children[0]->list, "cms_epilepsy");
  EXPECT_FALSE(branch.children[1]->children[0]->within_days.has_value());
}

TEST_F(DefaultDefinitionsTest, AsthmaNeedsACodeAndAPrescriptionInAYear) {
  const Rule& ast = Condition("AST");
  ASSERT_EQ(ast.kind, Kind::kAllOf);
  ASSERT_EQ(ast.children.size(), 2U);
  EXPECT_EQ(ast.children[0]->list, "cms_asthma");
  EXPECT_FALSE(ast.children[0]->within_days.has_value());
  EXPECT_EQ(ast.children[1]->kind, Kind::kMedications);
  EXPECT_EQ(ast.children[1]->list, "cms_rx_asthma");
  EXPECT_EQ(ast.children[1]->within_days, 365);
  EXPECT_EQ(ast.children[1]->at_least, 1);
}

TEST_F(DefaultDefinitionsTest, SchizophreniaIsACodeOrLithiumEver) {
  const Rule& scz = Condition("SCZ");
  ASSERT_EQ(scz.kind, Kind::kAnyOf);
  ASSERT_EQ(scz.children.size(), 2U);
  EXPECT_EQ(scz.children[0]->list, "cms_schizophrenia_bipolar");
  EXPECT_EQ(scz.children[1]->kind, Kind::kMedications);
  EXPECT_EQ(scz.children[1]->list, "cms_rx_lithium");
  EXPECT_FALSE(scz.children[1]->within_days.has_value());
  EXPECT_EQ(scz.children[1]->at_least, 1);
}

TEST_F(DefaultDefinitionsTest, FrailtyHasPolypharmacyAndValueRules) {
  const Rule& polypharmacy = *Find(Set().frailty_deficits, "efi_polypharmacy").rule;
  EXPECT_EQ(polypharmacy.kind, Kind::kDistinctMedications);
  EXPECT_EQ(polypharmacy.list, "any");
  EXPECT_EQ(polypharmacy.within_days, 365);
  EXPECT_EQ(polypharmacy.at_least, 5);
  const Rule& ckd = *Find(Set().frailty_deficits, "efi_ckd").rule;
  ASSERT_EQ(ckd.kind, Kind::kAnyOf);
  EXPECT_EQ(ckd.children[1]->kind, Kind::kValue);
  EXPECT_EQ(ckd.children[1]->aggregate, ValueAggregate::kAny);
  EXPECT_EQ(Find(Set().frailty_deficits, "efi_falls").rule->list, "efi_falls");
}

TEST_F(DefaultDefinitionsTest, CohortsAreTheThreeDefaults) {
  const Rule& ltc3 = *Set().cohorts[0].rule;
  ASSERT_EQ(ltc3.kind, Kind::kAllOf);
  EXPECT_EQ(ltc3.children[0]->kind, Kind::kAgeAtLeast);
  EXPECT_EQ(ltc3.children[0]->at_least, 18);
  EXPECT_EQ(ltc3.children[1]->kind, Kind::kConditionCount);
  EXPECT_EQ(ltc3.children[1]->list, "cms37");
  EXPECT_EQ(ltc3.children[1]->at_least, 3);
  const Rule& frail = *Set().cohorts[1].rule;
  ASSERT_EQ(frail.kind, Kind::kAllOf);
  EXPECT_EQ(frail.children[0]->at_least, 65);
  EXPECT_EQ(frail.children[1]->kind, Kind::kFrailtyAtLeast);
  EXPECT_EQ(frail.children[1]->text, "moderate");
  EXPECT_EQ(Set().cohorts[2].rule->kind, Kind::kCareHome);
  EXPECT_EQ(Set().cohorts[2].name, "Care-home residents");
}

TEST_F(DefaultDefinitionsTest, EveryCodeListRecordsItsProvenance) {
  EXPECT_GE(Set().code_lists.size(), 70U);
  for (const auto& [name, list] : Set().code_lists) {
    EXPECT_FALSE(list.title.empty()) << name;
    EXPECT_FALSE(list.source.empty()) << name;
    EXPECT_FALSE(list.version.empty()) << name;
    EXPECT_FALSE(list.licence.empty()) << name;
    EXPECT_FALSE(list.codes.empty()) << name;  // no placeholder lists are left
    EXPECT_EQ(list.medications, name.rfind("cms_rx_", 0) == 0) << name;
  }
}

TEST_F(DefaultDefinitionsTest, TheSourceFolderLoadsLikeTheEmbeddedCopy) {
  const std::filesystem::path folder =
      std::filesystem::path(LCN_SOURCE_DIR) / "data" / "casefinding";
  const DefinitionSet from_disk = LoadDefinitions(folder.string());
  EXPECT_EQ(from_disk.version, Set().version);
  EXPECT_EQ(from_disk.code_lists.size(), Set().code_lists.size());
  EXPECT_EQ(from_disk.code_lists.at("cms_rx_lithium").codes,
            Set().code_lists.at("cms_rx_lithium").codes);
}

}  // namespace
}  // namespace lcn::casefinding
