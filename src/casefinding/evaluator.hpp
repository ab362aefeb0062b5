// SPDX-License-Identifier: Apache-2.0
//
// Evaluator: evaluates a Plan's rule nodes for one person at a time. Load() makes one pass over
// the person's events and medication issues up to the as-of date and keeps, for each code list,
// only what the rules read: the first and last matching row, how many there are, and how many
// fall in each counting window. There is no per-person sort or scatter; value and
// distinct-medication rules walk the person's own rows back from the list's last match when
// they are evaluated. Windows and ages are turned into day thresholds once, when the evaluator
// is made. Optionally records the evidence behind each result. One per thread; reused across
// people.
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

  // Age() >= years, from a birth-day threshold.
  bool AgeAtLeast(int years);

  // The latest birth day of someone aged at least `years` on `as_of` (29 February birthdays
  // turn over on 1 March in other years).
  static Day BirthCutoff(Day as_of, int years);

  // Emergency admissions within `window` days (0: ever).
  int EmergencyAdmissions(Day window, std::vector<Evidence>* evidence);

  // True when list `list` has a record of the current person up to the as-of date.
  bool Present(std::size_t list) const { return present_.test(list); }

 private:
  // What one person's records in one list come to (rows index the list's table).
  struct ListState {
    std::uint32_t first = 0;  // earliest matching row
    std::uint32_t last = 0;   // latest matching row
    std::uint32_t count = 0;  // matching rows up to the as-of date
  };

  // Folds the rows [begin, end) of one table (up to the as-of date) into the list states;
  // returns the end of the rows on or before the as-of date.
  std::uint32_t Scan(const std::vector<std::uint32_t>& codes, const std::vector<Day>& days,
                     const std::vector<ConceptLists>& concepts, std::uint32_t begin,
                     std::uint32_t end);
  template <int kSlots>
  struct ScanLoop;
  template <int kSlots>
  std::uint32_t ScanWith(const std::vector<std::uint32_t>& codes, const std::vector<Day>& days,
                         const std::vector<ConceptLists>& concepts, std::uint32_t begin,
                         std::uint32_t end);
  bool InList(const ConceptLists& c, std::uint16_t list) const;

  bool Eval(std::uint32_t node, std::vector<Evidence>* evidence);
  bool EvalCode(std::uint32_t node, std::vector<Evidence>* evidence);
  bool EvalCount(std::uint32_t node, std::vector<Evidence>* evidence);
  bool EvalDistinctMedications(std::uint32_t node, std::vector<Evidence>* evidence);
  bool EvalValue(std::uint32_t node, std::vector<Evidence>* evidence);

  const Population& pop_;
  const Plan& plan_;
  Day as_of_;
  std::uint32_t person_ = 0;
  std::optional<int> age_;
  // Per node: the first day its window counts (kMinDay when it has none), or for age nodes the
  // latest birth day of someone that old on the as-of date.
  std::vector<Day> node_from_;
  std::vector<Day> slot_from_;  // [list * slots + k]: first day counter slot k counts
  int cutoff_years_ = -1;       // AgeAtLeast's last question and answer
  Day cutoff_ = 0;
  std::vector<ListState> lists_;           // by list id, then one for "in no list"
  std::vector<std::uint32_t> in_window_;   // [list * slots + k]
  std::vector<std::uint16_t> touched_;     // lists with rows; sized lists + 2
  std::uint32_t touched_count_ = 0;
  ListMask present_;
  std::uint32_t medication_begin_ = 0, medication_end_ = 0;  // current person's issues
  std::vector<std::uint64_t> condition_bits_;
  FrailtyCategory frailty_ = FrailtyCategory::kNotAssessed;
  std::vector<std::uint32_t> scratch_codes_;
  bool admissions_known_ = false;  // EmergencyAdmissions' last answer for this person
  Day admissions_window_ = 0;
  int admissions_ = 0;
};

}  // namespace lcn::casefinding
