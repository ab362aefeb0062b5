// SPDX-License-Identifier: Apache-2.0
//
// ClinicalRates: the table that drives the synthetic clinical histories (data/demo/
// clinical_rates.json, compiled into the binary): condition prevalence by age band and sex,
// deprivation, eFI deficit levels, care-home residence, deaths, hospital encounters, background
// recording, the verified codes the generator writes and the calibration targets, each row with
// its source. Numbers live in the table, not in code. Plain values; thread-safe to read.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lcn::demo {

// Per age band values; bands are ClinicalRates::band_min_ages.
using Banded = std::vector<double>;

struct ConditionRate {
  std::string id;                   // a condition of the CMS-37 set, e.g. "HYP"
  Banded percent;                   // persons with the condition as its recording rule counts it, %
  double female_to_male = 1.0;      // prevalence ratio; 0 for a male-only condition
  double lapsed = 0;                // people with a lapsed record, as a share of the prevalence
  double deprivation_weight = 1.0;  // multiplies the deprivation shift
};

struct DeficitRate {
  std::string id;       // an eFI deficit, e.g. "efi_falls"
  double weight = 1.0;  // probability = weight * frailty level of the band
};

// A code the generator writes: a concept id, or a code list of the definitions (its first code).
struct CodeRef {
  std::int64_t code = 0;
  std::string list;
};

struct Treatment {
  std::vector<std::string> conditions;  // treated with this medication
  std::int64_t code = 0;                // dm+d VMP
};

struct CalibrationTarget {
  std::string measure;  // e.g. "conditions2Percent", "efiFitPercent"
  int min_age = 0;
  std::optional<int> max_age;  // inclusive; none for an open band
  double value = 0;
  double tolerance = 0;   // absolute, in the measure's unit
  bool at_least = false;  // the target is a lower bound
  std::string source;     // a key of ClinicalRates::sources
};

struct ClinicalRates {
  std::map<std::string, std::string> sources;
  std::vector<int> band_min_ages;  // ascending, from 0; the last band is open
  Banded burden_loading;           // correlation of conditions through the burden latent
  double deprivation_centre = 0;   // IMD 2019 score with no shift
  double deprivation_per_ten = 0;  // liability shift per 10 IMD points above the centre
  std::vector<ConditionRate> conditions;
  double frailty_burden_link = 0;  // correlation of the frailty latent with the burden latent
  Banded frailty_loading;
  Banded frailty_level;
  std::vector<DeficitRate> deficits;
  Banded care_home_percent;
  double care_home_frailty_loading = 0;
  double care_home_admission_factor = 1.0;
  Banded deaths_per_thousand;
  double death_frailty_loading = 0;
  int encounter_years = 3;
  double encounter_frailty_spread = 0;
  Banded emergency_per_thousand;
  double admissions_through_ae = 0;
  Banded ae_per_thousand;
  Banded outpatient_per_thousand;
  Banded elective_per_thousand;
  int background_years = 3;
  Banded consultations_per_year;
  double consultations_per_condition = 0;
  double smoking_current_percent = 0;
  double smoking_ex_percent = 0;
  double flu_uptake = 0;
  double treated_percent = 0;
  int repeat_interval_days = 56;
  std::vector<std::string> reviewed_conditions;  // reviewed yearly (blood pressure, bloods)
  std::map<std::string, CodeRef> codes;          // by role, e.g. "consultation", "egfr"
  std::vector<Treatment> treatments;
  std::vector<CalibrationTarget> targets;

  // The band of `age` (whole years).
  std::size_t BandOf(int age) const;

  // `values` at `age`: linear between the bands' midpoints (the open top band's is its lower
  // bound + 5), flat beyond the first and last midpoints. A band's values are thus its
  // middle's, and prevalence rises smoothly with age instead of in steps.
  double AtAge(const Banded& values, int age) const;
};

// Parses a table laid out like data/demo/clinical_rates.json. Throws Error(kInternal) naming the
// first problem (a missing key, a wrong type, a band list of the wrong length, an unknown source):
// the only input is data compiled into the binary, so a bad table is a bug.
ClinicalRates ParseClinicalRates(std::string_view json_text);

// The embedded data/demo/clinical_rates.json. Parses on each call; callers keep the result.
ClinicalRates LoadClinicalRates();

// The text of the embedded data/demo/clinical_rates.json.
std::string_view ClinicalRatesText();

}  // namespace lcn::demo
