// SPDX-License-Identifier: Apache-2.0
//
// Evaluator: evaluates a Plan's rule nodes for one person at a time. Load() gathers the
// person's events and medication issues up to the as-of date into buckets by code list, and a
// mask of the lists present; node evaluation then reads only the buckets it needs. Optionally
// records the evidence behind each result. One per thread; reused across people.
#pragma once

#include <optional>
#include <vector>

#include "casefinding/plan.hpp"
#include "casefinding/population.hpp"
#include "casefinding/results.hpp"

namespace lcn::casefinding {

class Evaluator {
 public:
  Evaluator(const Population& population, const Plan& plan, Day as_of);

  // Prepares `person` for evaluation.
  void Load(std::uint32_t person);

  // True when definition `d` holds; appends evidence when `evidence` is non-null.
  // REQUIRES: Load() was called; for cohorts and conditionCount rules, SetResults() first.
  bool Holds(const CompiledDefinition& d, std::vector<Evidence>* evidence);

  // Results earlier definitions produced for the current person, for cohorts to use.
  void SetConditionBits(std::size_t set, std::uint64_t bits) { condition_bits_[set] = bits; }

  void SetFrailty(FrailtyCategory c) { frailty_ = c; }

  // Age in whole years on the as-of date.
  int Age();

  // Emergency admissions within the plan's admissions window.
  int EmergencyAdmissions(Day window, std::vector<Evidence>* evidence);

 private:
  bool Eval(std::uint32_t node, std::vector<Evidence>* evidence);
  bool EvalCode(const Node& n, std::vector<Evidence>* evidence);
  bool EvalMedications(const Node& n, std::vector<Evidence>* evidence);
  bool EvalDistinctMedications(const Node& n, std::vector<Evidence>* evidence);
  bool EvalValue(const Node& n, std::vector<Evidence>* evidence);
  bool EvalEventCount(const Node& n, std::vector<Evidence>* evidence);

  bool InWindow(Day day, Day window) const { return window == 0 || as_of_ - day < window; }

  struct Bucket {
    std::uint32_t begin = 0;
    std::uint32_t count = 0;
  };

  const Population& pop_;
  const Plan& plan_;
  Day as_of_;
  std::uint32_t person_ = 0;
  std::optional<int> age_;
  // Matches of the current person as (list, row) in day order, then the rows grouped by list
  // (each list's rows still in day order); buckets_ index into rows_.
  std::vector<std::pair<std::uint16_t, std::uint32_t>> pairs_;
  std::vector<std::uint32_t> rows_;
  std::vector<Bucket> buckets_;         // by list id
  std::vector<std::uint16_t> touched_;  // lists with a non-empty bucket
  ListMask present_;
  std::uint32_t medication_begin_ = 0, medication_end_ = 0;  // current person's issues
  std::vector<std::uint64_t> condition_bits_;
  FrailtyCategory frailty_ = FrailtyCategory::kNotAssessed;
  std::vector<std::uint32_t> scratch_codes_;
};

}  // namespace lcn::casefinding
