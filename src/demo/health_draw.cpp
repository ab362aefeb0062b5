// SPDX-License-Identifier: Apache-2.0
#include "demo/health_draw.hpp"

#include <algorithm>
#include <cmath>

namespace lcn::demo {
namespace {

// A liability loading `loading` (a correlation) on `latent`, plus its own noise.
double Liability(StreamRandom& random, double latent, double loading) {
  return std::sqrt(loading) * latent + std::sqrt(1 - loading) * random.Normal();
}

}  // namespace

void DrawHealth(const HistoryModel& model, const PersonContext& context, StreamRandom& random,
                PersonHealth& health) {
  const ClinicalRates& rates = model.rates;
  const std::size_t band = context.band;
  const auto age = static_cast<std::size_t>(std::clamp(context.age, 0, kOldestModelAge));
  const std::size_t sex = context.sex == domain::Sex::kMale ? 1 : 0;
  health.burden = random.Normal();
  const double link = rates.frailty_burden_link;
  health.frailty = link * health.burden + std::sqrt(1 - link * link) * random.Normal();

  health.conditions.assign(model.conditions.size(), ConditionState::kNone);
  health.condition_count = 0;
  for (std::size_t c = 0; c < model.conditions.size(); ++c) {
    const ModelCondition& condition = model.conditions[c];
    const double liability = Liability(random, health.burden, rates.burden_loading[band]) +
                             context.deprivation_shift * condition.deprivation_weight;
    if (liability > condition.has[age][sex]) {
      health.conditions[c] = ConditionState::kHas;
      ++health.condition_count;
    } else if (liability > condition.lapsed[age][sex]) {
      health.conditions[c] = ConditionState::kLapsed;
    }
  }

  health.deficits.assign(model.deficits.size(), 0);
  for (std::size_t d = 0; d < model.deficits.size(); ++d) {
    const double liability = Liability(random, health.frailty, rates.frailty_loading[band]);
    health.deficits[d] = liability > model.deficits[d].threshold[age] ? 1 : 0;
  }

  health.care_home = Liability(random, health.frailty, rates.care_home_frailty_loading) >
                     model.care_home_threshold[age];
  health.death_day.reset();
  if (Liability(random, health.frailty, rates.death_frailty_loading) > model.death_threshold[age]) {
    const std::int32_t first = std::max(context.birth_day, context.as_of - 364);
    if (first <= context.as_of - 1) {
      health.death_day = random.Between(first, context.as_of - 1);
    }
  }
}

}  // namespace lcn::demo
