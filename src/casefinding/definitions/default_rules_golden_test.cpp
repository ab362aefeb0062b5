// SPDX-License-Identifier: Apache-2.0
//
// Golden cases for the default set's prescription-count conditions, run through the engine with
// real dm+d codes from data/casefinding: MIG is at least 4 anti-migraine issues in 365 days, and
// PSO is a psoriasis or eczema code ever AND at least 4 related issues in 365 days.
#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "casefinding/definitions/definitions.hpp"
#include "casefinding/engine.hpp"
#include "casefinding/population_builder.hpp"

namespace lcn::casefinding {
namespace {

Day D(int y, unsigned m, unsigned d) {
  return static_cast<Day>(
      std::chrono::sys_days(std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(m),
                                                        std::chrono::day(d)))
          .time_since_epoch()
          .count());
}

const Day kAsOf = D(2026, 6, 30);

// From data/casefinding/codelists (cms_rx_antimigraine, cms_rx_psoriasis_eczema,
// cms_psoriasis_eczema, cms_rx_analgesics).
constexpr ConceptId kSumatriptan50mgTablets = 322815004;
constexpr ConceptId kRizatriptan10mgTablets = 322830008;
constexpr ConceptId kBetamethasoneValerate01Ointment = 396279000;
constexpr ConceptId kCalcipotriolOintment = 332195009;
constexpr ConceptId kPsoriasis = 9014002;
constexpr ConceptId kAtopicDermatitis = 24079001;
constexpr ConceptId kCoCodamol30mg500mgCapsules = 42009511000001104;  // an analgesic, not MIG

class DefaultRulesGoldenTest : public ::testing::Test {
 protected:
  std::uint32_t Person() {
    return builder_.AddPerson("p" + std::to_string(next_++), D(1970, 3, 1), domain::Sex::kFemale,
                              "G85138", false);
  }

  // `count` issues of `code`, 60 days apart, the first `first_days_ago` days before the as-of date.
  void Issues(std::uint32_t person, ConceptId code, int count, int first_days_ago = 5) {
    for (int i = 0; i < count; ++i) {
      builder_.AddMedication(person, code, kAsOf - first_days_ago - 60 * i);
    }
  }

  void RunAll() {
    population_ = builder_.Build();
    plan_ = Compile(definitions_, population_);
    results_ = casefinding::Run(population_, plan_, kAsOf, 1);
  }

  bool Has(std::uint32_t person, const std::string& id) {
    const int set = plan_.SetIndex("cms37");
    const auto& conditions = plan_.sets[static_cast<std::size_t>(set)].conditions;
    for (std::size_t c = 0; c < conditions.size(); ++c) {
      if (conditions[c].id == id) {
        return (results_.condition_bits[static_cast<std::size_t>(set)][person] >> c) & 1U;
      }
    }
    ADD_FAILURE() << "no condition " << id;
    return false;
  }

  DefinitionSet definitions_ = DefaultDefinitions();
  PopulationBuilder builder_;
  Population population_;
  Plan plan_;
  Results results_;
  int next_ = 0;
};

TEST_F(DefaultRulesGoldenTest, MigraineNeedsFourAntimigraineIssuesInTwelveMonths) {
  const auto four = Person(), three = Person(), mixed = Person(), old = Person(),
             analgesics = Person();
  Issues(four, kSumatriptan50mgTablets, 4);
  Issues(three, kSumatriptan50mgTablets, 3);
  Issues(mixed, kSumatriptan50mgTablets, 2);  // two triptans of the list count together
  Issues(mixed, kRizatriptan10mgTablets, 2, 35);
  Issues(old, kSumatriptan50mgTablets, 3);
  builder_.AddMedication(old, kSumatriptan50mgTablets, kAsOf - 365);  // one day outside
  Issues(analgesics, kCoCodamol30mg500mgCapsules, 4);
  RunAll();
  EXPECT_TRUE(Has(four, "MIG"));
  EXPECT_FALSE(Has(three, "MIG"));
  EXPECT_TRUE(Has(mixed, "MIG"));
  EXPECT_FALSE(Has(old, "MIG"));
  EXPECT_FALSE(Has(analgesics, "MIG"));
  EXPECT_TRUE(Has(analgesics, "PNC"));
}

TEST_F(DefaultRulesGoldenTest, PsoriasisOrEczemaNeedsTheCodeAndFourIssuesInTwelveMonths) {
  const auto both = Person(), eczema = Person(), three = Person(), no_code = Person(),
             code_only = Person();
  builder_.AddEvent(both, kPsoriasis, D(2001, 5, 1));  // a code ever, however old
  Issues(both, kBetamethasoneValerate01Ointment, 2);
  Issues(both, kCalcipotriolOintment, 2, 35);
  builder_.AddEvent(eczema, kAtopicDermatitis, D(2024, 1, 1));
  Issues(eczema, kBetamethasoneValerate01Ointment, 4);
  builder_.AddEvent(three, kPsoriasis, D(2020, 1, 1));
  Issues(three, kBetamethasoneValerate01Ointment, 3);
  Issues(no_code, kBetamethasoneValerate01Ointment, 4);
  builder_.AddEvent(code_only, kPsoriasis, D(2020, 1, 1));
  RunAll();
  EXPECT_TRUE(Has(both, "PSO"));
  EXPECT_TRUE(Has(eczema, "PSO"));
  EXPECT_FALSE(Has(three, "PSO"));
  EXPECT_FALSE(Has(no_code, "PSO"));
  EXPECT_FALSE(Has(code_only, "PSO"));
}

TEST_F(DefaultRulesGoldenTest, TheListsHoldTheirCodes) {
  const auto& migraine = definitions_.code_lists.at("cms_rx_antimigraine").codes;
  const auto& skin = definitions_.code_lists.at("cms_rx_psoriasis_eczema").codes;
  EXPECT_EQ(migraine.size(), 21U);
  EXPECT_EQ(skin.size(), 133U);
  auto has = [](const std::vector<ConceptId>& codes, ConceptId code) {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
  };
  EXPECT_TRUE(has(migraine, kSumatriptan50mgTablets));
  EXPECT_TRUE(has(migraine, kRizatriptan10mgTablets));
  EXPECT_TRUE(has(skin, kBetamethasoneValerate01Ointment));
  EXPECT_TRUE(has(skin, kCalcipotriolOintment));
}

}  // namespace
}  // namespace lcn::casefinding
