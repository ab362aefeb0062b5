// SPDX-License-Identifier: Apache-2.0
//
// DrawHealth decides, for one person, what their record will show before any record is written:
// which conditions they have (or have a lapsed record of), which eFI deficits, whether they live
// in a care home, whether they died in the last year, and their latent burden and frailty. Each
// outcome is a standard normal liability above a threshold of the HistoryModel (so prevalence by
// age band and sex is exactly the table's); the liabilities share a burden latent (conditions)
// and a frailty latent (deficits, care home, death, admissions) correlated with it, which gives
// multimorbidity its clustering. Thread-safe for distinct StreamRandoms.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "demo/history_model.hpp"
#include "demo/person_records.hpp"
#include "demo/stream_random.hpp"

namespace lcn::demo {

enum class ConditionState : std::uint8_t { kNone, kHas, kLapsed };

struct PersonHealth {
  double burden = 0;                       // latent, standard normal
  double frailty = 0;                      // latent, standard normal, correlated with burden
  std::vector<ConditionState> conditions;  // parallel to HistoryModel::conditions
  std::vector<std::uint8_t> deficits;      // parallel to HistoryModel::deficits: 1 when drawn
  int condition_count = 0;                 // conditions with kHas
  bool care_home = false;
  std::optional<std::int32_t> death_day;  // in the year before the as-of day
};

// Draws the person's health from `random`. Uses context.age, band, sex and deprivation_shift;
// death_day, when drawn, is in [max(birth_day, as_of - 364), as_of - 1]. Fills `health`
// (reusing its storage).
void DrawHealth(const HistoryModel& model, const PersonContext& context, StreamRandom& random,
                PersonHealth& health);

}  // namespace lcn::demo
