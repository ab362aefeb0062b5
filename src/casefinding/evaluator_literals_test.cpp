// SPDX-License-Identifier: Apache-2.0
//
// The evaluator's short cuts give the rules' answers: literals (bit tests, their negations,
// conditions, condition counts and frailty thresholds), combinations of literals, and frailty
// deficits counted a mask word at a time. Each case is checked against the full run and against
// Explain(), which evaluates every rule node by node.
#include <chrono>

#include <gtest/gtest.h>

#include "casefinding/engine.hpp"
#include "casefinding/population_builder.hpp"
#include "rule_builders.hpp"

namespace lcn::casefinding {
namespace {

using K = Rule::Kind;
using testdata::Leaf;
using testdata::Tree;

constexpr Day kAsOf = 20634;  // 2026-06-30
constexpr Day kLongAgo = kAsOf - 4000;
constexpr Day kRecent = kAsOf - 30;
const Day kBornIn1950 = kAsOf - 76 * 365;

RulePtr Text(K kind, std::string text) {
  auto r = std::const_pointer_cast<Rule>(Leaf(kind));
  r->text = std::move(text);
  return r;
}

// Lists a, b, c, d (codes 1-4) and cancer (5). Deficits that are literals (one twice, negated,
// windowed) beside ones that are not; cohorts on every threshold kind.
DefinitionSet Definitions() {
  DefinitionSet d;
  d.version = "literals-test";
  for (const auto& [name, code] : std::vector<std::pair<std::string, ConceptId>>{
           {"a", 1}, {"b", 2}, {"c", 3}, {"d", 4}, {"cancer", 5}}) {
    CodeList list;
    list.name = name;
    list.codes = {code};
    d.code_lists[name] = list;
  }
  auto first_cancer = std::const_pointer_cast<Rule>(Leaf(K::kCode, "cancer", 1826));
  first_cancer->first = true;
  d.condition_sets["set"] = {
      {"A", "a ever", std::nullopt, Leaf(K::kCode, "a")},
      {"B", "b ever", std::nullopt, Leaf(K::kCode, "b")},
      {"NEWCAN", "first cancer in 5 years", std::nullopt, first_cancer},
      {"NOTC", "not c", std::nullopt, Tree(K::kNot, {Leaf(K::kCode, "c")})},
  };
  d.frailty_deficits = {
      {"a", "a", std::nullopt, Leaf(K::kCode, "a")},
      {"a_again", "a, a second deficit on the same list", std::nullopt, Leaf(K::kCode, "a")},
      {"not_b", "no b", std::nullopt, Tree(K::kNot, {Leaf(K::kCode, "b")})},
      {"not_a", "no a", std::nullopt, Tree(K::kNot, {Leaf(K::kCode, "a")})},
      {"c_or_d", "c or d", std::nullopt,
       Tree(K::kAnyOf, {Leaf(K::kCode, "c"), Leaf(K::kCode, "d")})},
      {"a_year", "a in a year", std::nullopt, Leaf(K::kCode, "a", 365)},
  };
  d.cohorts = {
      {"two", "two conditions", std::nullopt, Leaf(K::kConditionCount, "set", std::nullopt, 2)},
      {"zero", "no threshold", std::nullopt, Leaf(K::kConditionCount, "set", std::nullopt, 0)},
      {"too_many", "more conditions than a set holds", std::nullopt,
       Leaf(K::kConditionCount, "set", std::nullopt, 64)},
      {"mild", "mild frailty or worse", std::nullopt, Text(K::kFrailtyAtLeast, "mild")},
      {"severe", "severe frailty", std::nullopt, Text(K::kFrailtyAtLeast, "severe")},
      {"b_not_a", "B without condition A", std::nullopt,
       Tree(K::kAllOf, {Leaf(K::kCondition, "B"), Tree(K::kNot, {Leaf(K::kCondition, "A")})})},
  };
  return d;
}

class EvaluatorLiteralsTest : public ::testing::Test {
 protected:
  std::uint32_t Person(std::vector<std::pair<ConceptId, Day>> events) {
    const auto p = builder_.AddPerson("p" + std::to_string(next_++), kBornIn1950,
                                      domain::Sex::kMale, "G85138", false);
    for (const auto& [code, day] : events) {
      builder_.AddEvent(p, code, day);
    }
    return p;
  }

  void RunAll() {
    population_ = builder_.Build();
    plan_ = Compile(Definitions(), population_);
    results_ = casefinding::Run(population_, plan_, kAsOf, 1);
  }

  std::uint64_t Cohorts(std::uint32_t p) const { return results_.cohort_bits[p]; }

  // The cohorts (by position) and deficit count Explain() finds, for comparison.
  std::uint64_t ExplainedCohorts(std::uint32_t p, int* deficits) const {
    const Explanation e = Explain(population_, plan_, kAsOf, p);
    *deficits = e.efi_deficits;
    std::uint64_t bits = 0;
    for (const auto& f : e.findings) {
      for (std::size_t c = 0; c < plan_.cohorts.size(); ++c) {
        if (f.kind == "cohort" && f.id == plan_.cohorts[c].id) {
          bits |= std::uint64_t{1} << c;
        }
      }
    }
    return bits;
  }

  PopulationBuilder builder_;
  Population population_;
  Plan plan_;
  Results results_;
  int next_ = 0;
};

TEST_F(EvaluatorLiteralsTest, DeficitsCountEachLiteralOnceAndNegationsWhenAbsent) {
  const auto old_a = Person({{1, kLongAgo}, {3, kLongAgo}});
  const auto nothing = Person({});
  const auto recent_a_and_b = Person({{1, kRecent}, {2, kRecent}});
  RunAll();
  // a, a_again, not_b, c_or_d; not not_a, not a_year.
  EXPECT_EQ(results_.efi_deficits[old_a], 4);
  // not_b and not_a only.
  EXPECT_EQ(results_.efi_deficits[nothing], 2);
  // a, a_again, a_year.
  EXPECT_EQ(results_.efi_deficits[recent_a_and_b], 3);
  for (const auto p : {old_a, nothing, recent_a_and_b}) {
    int explained = 0;
    ExplainedCohorts(p, &explained);
    EXPECT_EQ(explained, results_.efi_deficits[p]) << p;
  }
}

TEST_F(EvaluatorLiteralsTest, ConditionsFirstRecordsAndNegationsAsLiterals) {
  const auto new_cancer = Person({{5, kRecent}, {3, kRecent}});
  const auto old_cancer = Person({{5, kLongAgo}, {5, kRecent}});
  RunAll();
  // Condition bits by position: A, B, NEWCAN, NOTC.
  EXPECT_EQ(results_.condition_bits[0][new_cancer], 0b0100U);
  EXPECT_EQ(results_.condition_bits[0][old_cancer], 0b1000U);
}

TEST_F(EvaluatorLiteralsTest, CohortThresholdsAndConditionsAsLiterals) {
  // Cohort bits by position: two, zero, too_many, mild, severe, b_not_a.
  const auto a_and_b = Person({{1, kLongAgo}, {2, kLongAgo}, {3, kLongAgo}});  // A, B; 3 deficits
  const auto b_only = Person({{2, kLongAgo}, {3, kLongAgo}});                  // B; 2 deficits
  const auto nothing = Person({});                                             // NOTC; 2 deficits
  RunAll();
  EXPECT_EQ(Cohorts(a_and_b), 0b000011U);
  EXPECT_EQ(Cohorts(b_only), 0b100010U);
  EXPECT_EQ(Cohorts(nothing), 0b000010U);
  for (const auto p : {a_and_b, b_only, nothing}) {
    int deficits = 0;
    EXPECT_EQ(ExplainedCohorts(p, &deficits), Cohorts(p)) << p;
  }
}

TEST_F(EvaluatorLiteralsTest, FrailtyThresholdsAsLiterals) {
  // Five deficits make "mild": a, a_again, not_b, c_or_d, a_year.
  const auto mild = Person({{1, kRecent}, {3, kRecent}});
  RunAll();
  EXPECT_EQ(results_.efi_deficits[mild], 5);
  EXPECT_EQ(Cohorts(mild) & 0b011000U, 0b001000U);  // mild, not severe
}

}  // namespace
}  // namespace lcn::casefinding
