// SPDX-License-Identifier: Apache-2.0
#include "demo/history_model.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/error.hpp"

namespace lcn::demo {
namespace {

[[noreturn]] void Bad(const std::string& what) {
  throw Error(ErrorCode::kInternal, "clinical_rates.json does not fit the definitions: " + what);
}

// Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9).
double NormalQuantile(double p) {
  constexpr std::array<double, 6> a = {-3.969683028665376e+01, 2.209460984245205e+02,
                                       -2.759285104469687e+02, 1.383577518672690e+02,
                                       -3.066479806614716e+01, 2.506628277459239e+00};
  constexpr std::array<double, 5> b = {-5.447609879822406e+01, 1.615858368580409e+02,
                                       -1.556989798598866e+02, 6.680131188771972e+01,
                                       -1.328068155288572e+01};
  constexpr std::array<double, 6> c = {-7.784894002430293e-03, -3.223964580411365e-01,
                                       -2.400758277161838e+00, -2.549732539343734e+00,
                                       4.374664141464968e+00,  2.938163982698783e+00};
  constexpr std::array<double, 4> d = {7.784695709041462e-03, 3.224671290700398e-01,
                                       2.445134137142996e+00, 3.754408661907416e+00};
  constexpr double kLow = 0.02425;
  if (p < kLow) {
    const double q = std::sqrt(-2 * std::log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
           ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - kLow) {
    return -NormalQuantile(1 - p);
  }
  const double q = p - 0.5;
  const double r = q * q;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
         (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

const casefinding::Definition* Find(const std::vector<casefinding::Definition>& defs,
                                    const std::string& id) {
  for (const auto& d : defs) {
    if (d.id == id) {
      return &d;
    }
  }
  return nullptr;
}

double BySex(double persons, double female_to_male, bool male) {
  const double share = male ? 2 / (1 + female_to_male) : 2 * female_to_male / (1 + female_to_male);
  return std::min(persons * share, 0.99);
}

ModelCondition BindCondition(const ClinicalRates& rates, const ConditionRate& rate,
                             const std::vector<casefinding::Definition>& cms37) {
  const auto* def = Find(cms37, rate.id);
  if (def == nullptr) {
    Bad("condition " + rate.id + " is not in the cms37 condition set");
  }
  ModelCondition c;
  c.id = rate.id;
  c.rule = def->rule;
  c.deprivation_weight = rate.deprivation_weight;
  for (int age = 0; age <= kOldestModelAge; ++age) {
    const double persons = rates.AtAge(rate.percent, age) / 100;
    std::array<double, 2> has{};
    std::array<double, 2> lapsed{};
    for (const bool male : {false, true}) {
      has[male ? 1 : 0] = UpperTailThreshold(BySex(persons, rate.female_to_male, male));
      lapsed[male ? 1 : 0] =
          UpperTailThreshold(BySex(persons * (1 + rate.lapsed), rate.female_to_male, male));
    }
    c.has.push_back(has);
    c.lapsed.push_back(lapsed);
  }
  return c;
}

void CollectLists(const casefinding::Rule& rule, std::set<std::string>& out) {
  if (!rule.list.empty() && (rule.kind == casefinding::Rule::Kind::kCode ||
                             rule.kind == casefinding::Rule::Kind::kEventCount)) {
    out.insert(rule.list);
  }
  for (const auto& child : rule.children) {
    CollectLists(*child, out);
  }
}

// A deficit's own code list without the codes that are also in a condition's list (the eFI's
// vision list holds blindness, its respiratory list COPD...): the table sets condition
// prevalence, so a deficit must not add conditions. Lists left empty keep all their codes.
void SeparateDeficitLists(HistoryModel& m, const std::vector<casefinding::Definition>& cms37) {
  std::set<std::string> condition_lists;
  for (const auto& d : cms37) {
    CollectLists(*d.rule, condition_lists);
  }
  std::set<ConceptId> condition_codes;
  for (const auto& name : condition_lists) {
    const auto& codes = m.List(name);
    condition_codes.insert(codes.begin(), codes.end());
  }
  for (const auto& deficit : m.deficits) {
    std::set<std::string> lists;
    CollectLists(*deficit.rule, lists);
    for (const auto& name : lists) {
      if (condition_lists.contains(name)) {
        continue;
      }
      std::vector<ConceptId> own;
      for (const ConceptId code : m.List(name)) {
        if (!condition_codes.contains(code)) {
          own.push_back(code);
        }
      }
      if (!own.empty()) {
        m.lists[name] = std::move(own);
      }
    }
  }
}

}  // namespace

double ConditionProbability(const ClinicalRates& rates, const ConditionRate& rate, int age,
                            domain::Sex sex) {
  return BySex(rates.AtAge(rate.percent, std::min(age, kOldestModelAge)) / 100, rate.female_to_male,
               sex == domain::Sex::kMale);
}

double UpperTailThreshold(double p) {
  return -NormalQuantile(std::clamp(p, 1e-12, 1 - 1e-12));
}

int HistoryModel::ConditionIndex(std::string_view id) const {
  for (std::size_t i = 0; i < conditions.size(); ++i) {
    if (conditions[i].id == id) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

const std::vector<ConceptId>& HistoryModel::List(std::string_view name) const {
  static const std::vector<ConceptId> kNone;
  const auto it = lists.find(name);
  return it == lists.end() ? kNone : it->second;
}

ConceptId HistoryModel::Code(std::string_view role) const {
  const auto it = codes.find(role);
  if (it == codes.end()) {
    throw Error(ErrorCode::kInternal, "no code for '" + std::string(role) + "'");
  }
  return it->second;
}

HistoryModel BuildHistoryModel(ClinicalRates rates, const casefinding::DefinitionSet& definitions) {
  HistoryModel m;
  for (const auto& [name, list] : definitions.code_lists) {
    m.lists[name] = list.codes;
  }
  const auto set = definitions.condition_sets.find("cms37");
  if (set == definitions.condition_sets.end()) {
    Bad("no cms37 condition set");
  }
  for (const auto& rate : rates.conditions) {
    m.conditions.push_back(BindCondition(rates, rate, set->second));
  }
  for (const auto& t : rates.treatments) {
    for (const auto& id : t.conditions) {
      auto it = std::find_if(m.conditions.begin(), m.conditions.end(),
                             [&](const ModelCondition& c) { return c.id == id; });
      if (it == m.conditions.end()) {
        Bad("treatment for unknown condition " + id);
      }
      it->treatments.push_back(t.code);
    }
  }
  for (const auto& id : rates.reviewed_conditions) {
    const int index = m.ConditionIndex(id);
    if (index < 0) {
      Bad("reviewed condition " + id + " is not in the table");
    }
    m.conditions[static_cast<std::size_t>(index)].reviewed = true;
  }
  for (const auto& rate : rates.deficits) {
    const auto* def = Find(definitions.frailty_deficits, rate.id);
    if (def == nullptr) {
      Bad("deficit " + rate.id + " is not in the eFI");
    }
    ModelDeficit d;
    d.id = rate.id;
    d.rule = def->rule;
    for (int age = 0; age <= kOldestModelAge; ++age) {
      const double level = rates.AtAge(rates.frailty_level, age);
      d.threshold.push_back(UpperTailThreshold(std::min(0.95, rate.weight * level)));
    }
    m.deficits.push_back(std::move(d));
  }
  SeparateDeficitLists(m, set->second);
  for (int age = 0; age <= kOldestModelAge; ++age) {
    // By band, not interpolated: the care-home figures are for 65+, none below.
    m.care_home_threshold.push_back(
        UpperTailThreshold(rates.care_home_percent[rates.BandOf(age)] / 100));
    m.death_threshold.push_back(
        UpperTailThreshold(rates.AtAge(rates.deaths_per_thousand, age) / 1000));
  }
  for (const auto& [role, ref] : rates.codes) {
    if (!ref.list.empty()) {
      const auto& codes = m.List(ref.list);
      if (codes.empty()) {
        Bad("code role " + role + " names an empty or unknown list " + ref.list);
      }
      m.codes[role] = codes.front();
    } else {
      m.codes[role] = ref.code;
    }
  }
  m.rates = std::move(rates);
  return m;
}

}  // namespace lcn::demo
