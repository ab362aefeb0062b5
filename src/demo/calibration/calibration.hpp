// SPDX-License-Identifier: Apache-2.0
//
// Calibration of the demo population: runs the real case-finding engine (the default
// definitions, through the extract loader) over a generated extract and measures, for living
// people by age band, what the engine finds: 2+ and 3+ CMS-37 conditions, the eFI categories,
// emergency admissions in the last year and care-home residence, each target of the clinical
// rates table against what was achieved, and each condition's found prevalence against the
// table's input. Used by the calibration test and by bench/demo_calibration (docs/demo-
// population.md). Thread-safe: calls share nothing.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "demo/clinical_rates.hpp"
#include "extract/extract.hpp"

namespace lcn::demo {

struct TargetResult {
  CalibrationTarget target;
  double achieved = 0;
  std::int64_t people = 0;  // living people the measure was taken over
  bool within = false;      // achieved within tolerance (or at least the bound)
};

struct BandResult {
  std::string label;  // e.g. "45-64", "85+"
  std::int64_t people = 0;
  double conditions2_percent = 0;
  double conditions3_percent = 0;
  double mean_conditions = 0;
  double efi_percent[4] = {0, 0, 0, 0};  // fit, mild, moderate, severe (65+ only)
  double emergency_per_thousand = 0;
  double care_home_percent = 0;
};

struct ConditionResult {
  std::string id;
  double input_percent = 0;  // the table's prevalence for this population's ages and sexes
  double found_percent = 0;  // what the engine found, all ages
};

struct CalibrationReport {
  std::int64_t people = 0;  // living people measured
  std::int64_t deaths = 0;  // people with a death day, left out
  std::vector<TargetResult> targets;
  std::vector<BandResult> bands;
  std::vector<ConditionResult> conditions;
};

// Measures `extract` (consumed) as of `as_of_day` against `rates`.
CalibrationReport Calibrate(extract::Extract&& extract, const ClinicalRates& rates,
                            std::int32_t as_of_day);

// The report as markdown tables (targets, bands, conditions).
std::string CalibrationMarkdown(const CalibrationReport& report);

}  // namespace lcn::demo
