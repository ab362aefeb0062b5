// SPDX-License-Identifier: Apache-2.0
//
// HistoryModel: the clinical-rates table compiled against the case-finding definitions the
// histories must satisfy. Each condition and eFI deficit of the table is bound to its rule; each
// rate becomes a threshold on a standard normal liability (a Gaussian copula: prevalence is
// exact, and a shared latent makes conditions cluster), and every code the generator writes is
// resolved to a concept id. Immutable after BuildHistoryModel; thread-safe to read.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "casefinding/rule.hpp"
#include "demo/clinical_rates.hpp"
#include "domain/kinds.hpp"

namespace lcn::demo {

using ConceptId = std::int64_t;

// The threshold t with P(Z > t) = p for a standard normal Z (p clamped to (1e-12, 1 - 1e-12)).
double UpperTailThreshold(double p);

// Ages the model distinguishes; older people are treated as this age.
inline constexpr int kOldestModelAge = 110;

// The probability that a person of `age` and `sex` has the condition: the persons' prevalence at
// that age (ClinicalRates::AtAge) split by the female:male ratio, assuming about as many women
// as men (other sexes as women).
double ConditionProbability(const ClinicalRates& rates, const ConditionRate& rate, int age,
                            domain::Sex sex);

// Thresholds by age (0..kOldestModelAge) and sex (0 female, 1 male).
using SexAgeThresholds = std::vector<std::array<double, 2>>;

struct ModelCondition {
  std::string id;
  casefinding::RulePtr rule;
  SexAgeThresholds has;     // liability above this: the person has the condition
  SexAgeThresholds lapsed;  // above this but not above `has`: a lapsed record
  double deprivation_weight = 1.0;
  std::vector<ConceptId> treatments;  // repeat medications for it
  bool reviewed = false;              // yearly blood pressure and blood tests
};

struct ModelDeficit {
  std::string id;
  casefinding::RulePtr rule;
  std::vector<double> threshold;  // by age
};

struct HistoryModel {
  ClinicalRates rates;
  std::vector<ModelCondition> conditions;
  std::vector<ModelDeficit> deficits;
  std::vector<double> care_home_threshold;                           // by age
  std::vector<double> death_threshold;                               // by age
  std::map<std::string, std::vector<ConceptId>, std::less<>> lists;  // code list name -> codes
  std::map<std::string, ConceptId, std::less<>> codes;               // role -> concept

  // The index in `conditions` of condition `id`; -1 when the table has none.
  int ConditionIndex(std::string_view id) const;

  // The codes of list `name`; empty when the definitions have no such list.
  const std::vector<ConceptId>& List(std::string_view name) const;

  // The concept of a role of the rates' "codes" table. Throws Error(kInternal) for an unknown one.
  ConceptId Code(std::string_view role) const;
};

// Binds `rates` to `definitions`: every condition of the table must be in the "cms37" condition
// set, every deficit in the eFI, every code role a concept or a non-empty list, and every
// treatment name a condition of the table. Throws Error(kInternal) otherwise (a build bug).
HistoryModel BuildHistoryModel(ClinicalRates rates, const casefinding::DefinitionSet& definitions);

}  // namespace lcn::demo
