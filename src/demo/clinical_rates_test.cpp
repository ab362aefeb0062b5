// SPDX-License-Identifier: Apache-2.0
//
// The clinical-rates table: the embedded file parses, fits the default definitions, names its
// sources, and its background codes stay out of the code lists the engine counts.
#include "demo/clinical_rates.hpp"

#include <set>

#include <gtest/gtest.h>

#include "casefinding/definitions/definitions.hpp"
#include "casefinding/definitions/sctid.hpp"
#include "core/error.hpp"
#include "demo/history_model.hpp"

namespace lcn::demo {
namespace {

TEST(ClinicalRatesTest, TheEmbeddedTableParsesAndFitsTheDefaultDefinitions) {
  const ClinicalRates rates = LoadClinicalRates();
  EXPECT_EQ(rates.conditions.size(), 37U);
  EXPECT_EQ(rates.deficits.size(), 25U);
  EXPECT_FALSE(rates.targets.empty());
  const HistoryModel model = BuildHistoryModel(rates, casefinding::DefaultDefinitions());
  EXPECT_EQ(model.conditions.size(), 37U);
}

TEST(ClinicalRatesTest, ValuesBetweenBandMidpointsAreInterpolated) {
  const ClinicalRates rates = LoadClinicalRates();
  const Banded values = {0, 10, 20, 30, 40, 50, 60, 70};
  EXPECT_DOUBLE_EQ(rates.AtAge(values, 0), 0);      // before the first midpoint (8.5)
  EXPECT_DOUBLE_EQ(rates.AtAge(values, 21), 10);    // 18-24: midpoint 21
  EXPECT_DOUBLE_EQ(rates.AtAge(values, 69), 49.5);  // between 59.5 (40) and 69.5 (50)
  EXPECT_NEAR(rates.AtAge(values, 75), 50 + 10 * 5.5 / 10, 1e-9);
  EXPECT_DOUBLE_EQ(rates.AtAge(values, 100), 70);  // beyond the open band's midpoint (90)
  EXPECT_EQ(rates.BandOf(17), 0U);
  EXPECT_EQ(rates.BandOf(85), 7U);
}

TEST(ClinicalRatesTest, RejectsABandListOfTheWrongLength) {
  std::string text(ClinicalRatesText());
  const std::string from = "\"burdenLoading\": [";
  text.replace(text.find(from), from.size(), from + "0.1, ");
  EXPECT_THROW((void)ParseClinicalRates(text), Error);
}

TEST(ClinicalRatesTest, BackgroundCodesAreValidAndInNoCountedList) {
  const auto definitions = casefinding::DefaultDefinitions();
  const HistoryModel model = BuildHistoryModel(LoadClinicalRates(), definitions);
  // Result lists whose values the background writes in normal ranges; the residence list, and
  // the eFI's "requirement for care", which counts care-home residence (as it should).
  const std::set<std::string> allowed = {"obs_egfr", "obs_haemoglobin", "obs_tsh",
                                         "care_home_residence", "efi_care_requirement"};
  for (const auto& [role, code] : model.codes) {
    EXPECT_TRUE(casefinding::ParseConceptId(std::to_string(code))) << role;
    for (const auto& [name, list] : definitions.code_lists) {
      if (!allowed.contains(name)) {
        EXPECT_EQ(std::count(list.codes.begin(), list.codes.end(), code), 0)
            << role << " is in " << name;
      }
    }
  }
  for (const auto& t : model.rates.treatments) {
    EXPECT_TRUE(casefinding::ParseConceptId(std::to_string(t.code))) << t.code;
    for (const auto& [name, list] : definitions.code_lists) {
      EXPECT_EQ(std::count(list.codes.begin(), list.codes.end(), t.code), 0) << name;
    }
  }
}

}  // namespace
}  // namespace lcn::demo
