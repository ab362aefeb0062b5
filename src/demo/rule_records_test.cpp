// SPDX-License-Identifier: Apache-2.0
//
// RuleRecords against the real engine: for every CMS-37 condition and every eFI deficit of the
// default definitions, records written to satisfy the rule make the engine find it, and a near
// miss (a lapsed record) does not.
#include "demo/rule_records.hpp"

#include <gtest/gtest.h>

#include "casefinding/definitions/definitions.hpp"
#include "casefinding/engine.hpp"
#include "casefinding/loaders/from_extract.hpp"
#include "extract/day.hpp"

namespace lcn::demo {
namespace {

using casefinding::Definition;

struct Case {
  const Definition* definition;
  domain::Sex sex;
  bool near_miss;
};

class RuleRecordsTest : public ::testing::Test {
 protected:
  // One 70-year-old per case, written by RuleRecords; returns what the engine found for each.
  std::vector<std::vector<std::string>> Run(const std::vector<Case>& cases,
                                            std::vector<bool>& written) {
    extract::Extract x;
    for (std::size_t i = 0; i < cases.size(); ++i) {
      PersonContext person;
      person.as_of = as_of_;
      person.end_day = as_of_;
      person.birth_day = as_of_ - 70 * 365 - 20;
      person.age = 70;
      person.sex = cases[i].sex;
      PersonRecords records;
      StreamRandom random(i + 1);
      RuleRecords rules(model_, person, random, records);
      const auto& rule = *cases[i].definition->rule;
      written.push_back(cases[i].near_miss ? rules.NearMiss(rule) : rules.Satisfy(rule));
      extract::Patient patient;
      patient.patient_id = "P" + std::to_string(i);
      patient.birth_day = person.birth_day;
      patient.sex = person.sex;
      patient.practice = "A81001";
      x.patients.push_back(patient);
      const auto index = static_cast<std::uint32_t>(i);
      for (const auto& e : records.events) {
        x.events.push_back({index, e.code, e.day, e.value});
      }
      for (const auto& m : records.issues) {
        x.medications.push_back({index, m.code, m.day});
      }
    }
    const auto population = casefinding::FromExtract(std::move(x));
    const auto plan = casefinding::Compile(definitions_, population);
    std::vector<std::vector<std::string>> found;
    for (std::size_t i = 0; i < cases.size(); ++i) {
      found.emplace_back();
      const auto explanation =
          casefinding::Explain(population, plan, as_of_, static_cast<std::uint32_t>(i));
      for (const auto& f : explanation.findings) {
        if (f.kind != "condition" || f.set == "cms37") {
          found.back().push_back(f.id);
        }
      }
    }
    return found;
  }

  static bool Contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  }

  void Check(const std::vector<Definition>& definitions, bool expect_near_misses) {
    std::vector<Case> cases;
    for (const auto& d : definitions) {
      for (const auto sex : {domain::Sex::kFemale, domain::Sex::kMale}) {
        cases.push_back({&d, sex, false});
        cases.push_back({&d, sex, true});
      }
    }
    std::vector<bool> written;
    const auto found = Run(cases, written);
    int satisfied = 0;
    int missed = 0;
    for (std::size_t i = 0; i < cases.size(); ++i) {
      const std::string& id = cases[i].definition->id;
      if (!written[i]) {
        continue;
      }
      if (cases[i].near_miss) {
        ++missed;
        EXPECT_FALSE(Contains(found[i], id)) << id << " was found from a near miss";
      } else {
        ++satisfied;
        EXPECT_TRUE(Contains(found[i], id)) << id << " was not found";
      }
    }
    EXPECT_GT(satisfied, static_cast<int>(definitions.size()));
    EXPECT_EQ(missed > 0, expect_near_misses);
  }

  casefinding::DefinitionSet definitions_ = casefinding::DefaultDefinitions();
  HistoryModel model_ = BuildHistoryModel(LoadClinicalRates(), definitions_);
  std::int32_t as_of_ = *extract::ParseDay("2026-06-30");
};

TEST_F(RuleRecordsTest, EveryConditionIsFoundWhenSatisfiedAndNotFromANearMiss) {
  Check(definitions_.condition_sets.at("cms37"), true);
}

TEST_F(RuleRecordsTest, EveryDeficitIsFoundWhenSatisfiedAndNotFromANearMiss) {
  // eFI deficits count codes "ever" and results "any", so they have no near misses.
  Check(definitions_.frailty_deficits, false);
}

TEST_F(RuleRecordsTest, EveryCms37RuleCanBeWritten) {
  // No CMS-37 rule is refused now that MIG and PSO have their prescription lists (the eFI's
  // polypharmacy counts "any" medication, which RuleRecords does not invent; it is not in this
  // set).
  std::vector<Case> cases;
  for (const auto& d : definitions_.condition_sets.at("cms37")) {
    cases.push_back({&d, domain::Sex::kFemale, false});
  }
  std::vector<bool> written;
  Run(cases, written);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    EXPECT_TRUE(written[i]) << cases[i].definition->id;
  }
}

}  // namespace
}  // namespace lcn::demo
