// SPDX-License-Identifier: Apache-2.0
//
// Evaluator: evaluates a Plan's rule nodes for one person at a time. Load() makes one pass over
// the person's events and medication issues up to the as-of date and ORs each record's list
// mask (its concept's class) into the segment of the plan's windows it falls in; from those
// segments come the masks of the lists the person has ever, in each window, and before each
// window. Most rules are then literals: one bit of those masks, of the conditions found or of
// thresholds on them, read without a call (ADR 0013). Counts above one, values and distinct
// medications walk the person's own rows in the window when they are evaluated, and only for
// people who have the list there. Windows and ages are turned into day thresholds once, when
// the evaluator is made. Optionally records the evidence behind each result. One per thread;
// reused across people.
#pragma once

#include <bit>
#include <optional>
#include <vector>

#include "casefinding/plan.hpp"
#include "casefinding/population.hpp"
#include "casefinding/results.hpp"

namespace lcn::casefinding {

// How many different values `codes` holds (it may be reordered).
int DistinctCount(std::vector<std::uint32_t>& codes);

class Evaluator {
 public:
  Evaluator(const Population& population, const Plan& plan, Day as_of);
  // Steps point into the evaluator's own masks.
  Evaluator(const Evaluator&) = delete;
  Evaluator& operator=(const Evaluator&) = delete;

  // Prepares `person` for evaluation.
  void Load(std::uint32_t person);

  // True when definition `d` holds; appends evidence when `evidence` is non-null.
  // REQUIRES: Load() was called; for cohorts and conditionCount rules, SetResults() first.
  bool Holds(const CompiledDefinition& d, std::vector<Evidence>* evidence) {
    if (evidence != nullptr) {
      return HoldsWithEvidence(d, evidence);
    }
    const Step& root = steps_[d.root];
    if (root.literal) {
      return root.lit.Value();
    }
    if ((root.op == Op::kAnyOf || root.op == Op::kAllOf) && root.kids_begin == root.kids_end) {
      return Literals(root);  // a combination of literals
    }
    // Rules with costly parts are skipped for people with none of their lists.
    return (!root.gated || NeedsMet(d.needs)) && Test(d.root);
  }

  // How many of the plan's frailty deficits hold. Deficits that are one literal each are
  // counted a mask word at a time.
  int CountDeficits();

  // Results earlier definitions produced for the current person, for cohorts to use.
  void SetConditionBits(std::size_t set, std::uint64_t bits) {
    condition_bits_[set] = bits;
    if (counted_[set]) {
      count_bits_[set] = AtMost(std::popcount(bits));
    }
  }

  void SetFrailty(FrailtyCategory c) {
    frailty_ = c;
    frailty_bits_ = AtMost(static_cast<int>(c));
  }

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
  bool Present(std::size_t list) const { return ever_.test(list); }

 private:
  // One table (events or medication issues): how to split it by window, and the current
  // person's rows in it.
  struct Table {
    const std::vector<std::uint32_t>* codes = nullptr;
    const std::vector<Day>* days = nullptr;
    const std::vector<std::uint32_t>* class_of = nullptr;  // concept -> class
    const std::vector<std::uint32_t>* offsets = nullptr;
    std::vector<std::uint16_t> windows;  // the plan windows this table's rules use, longest first
    std::vector<Day> from;  // their first days (ascending), then the day after the as-of date
    // The current person:
    std::uint32_t begin = 0;
    std::uint32_t end = 0;                    // past the last row on or before the as-of date
    std::vector<std::uint32_t> window_begin;  // per plan window: first row in it
    std::vector<ListMask> segments;           // lists before the first window, ..., in the last
  };

  void SetUpTable(Table& table, bool medications);
  template <std::size_t kWords>
  void LoadRecords(std::uint32_t person);
  template <std::size_t kWords>
  void Segment(Table& table) const;
  template <std::size_t kWords>
  void Masks();

  // Rows of `list` in rows [from_row, rows.end) of the list's table.
  int CountRows(std::uint16_t list, std::uint32_t from_row) const;
  // The first or (latest) last row of `list` in [from_row, end), or -1.
  std::int64_t FirstRow(std::uint16_t list, std::uint32_t from_row) const;
  std::int64_t LastRow(std::uint16_t list, std::uint32_t from_row) const;
  bool EventIn(std::uint32_t row, std::uint16_t list) const;
  bool MedicationIn(std::uint32_t row, std::uint16_t list) const;

  // The mask of the lists the person has in the window of `n` (ever when it has none).
  const ListMask& WindowMask(const Node& n) const {
    return n.window == 0 ? ever_ : in_window_[n.window_index];
  }

  std::uint32_t WindowBegin(const Node& n, const Table& rows) const {
    return n.window == 0 ? rows.begin : rows.window_begin[n.window_index];
  }

  // How Test() decides a node.
  enum class Op : std::uint8_t {
    kBit,             // bit `bit` of *mask
    kAnyOf,           // children: the cheap ones all, then the costly ones while none held
    kAllOf,           // likewise while all held
    kNot,             // the child
    kConditionCount,  // condition_bits_[bit] has `count` or more conditions
    kCondition,       // bit `count` of condition_bits_[bit]
    kFrailty,         // frailty_ at least `count`
    kCount,           // EvalCount(): counts above one
    kValue,           // EvalValue()
    kRule,            // Eval(): the other rules that read the person's rows
  };

  // One bit of the person's masks or condition bits, possibly negated: how bit tests, their
  // negations and conditions are read without a call.
  struct Literal {
    const std::uint64_t* word = nullptr;
    std::uint32_t shift = 0;
    std::uint64_t flip = 0;  // 1: negated

    bool Value() const { return ((*word >> shift) ^ flip) & 1U; }
  };

  struct Step {
    Op op = Op::kRule;
    bool cheap = false;    // no rows read: bits and combinations of bits
    bool gated = false;    // for roots: has costly parts and can only hold with its lists
    bool literal = false;  // the step is `lit` (bit tests, conditions, and their negations)
    std::uint16_t bit = 0;
    std::int32_t count = 0;
    const ListMask* mask = nullptr;
    Literal lit;
    // Combinators' children: literals (into lits_), then the other cheap ones and the costly
    // ones (into kids_).
    std::uint32_t lits_begin = 0, lits_end = 0;
    std::uint32_t kids_begin = 0, kids_cheap_end = 0, kids_end = 0;
  };

  void BuildSteps();

  // The person has one of `needs` (the plan's mask words only).
  bool NeedsMet(const ListMask& needs) const {
    std::uint64_t any = needs.words[0] & ever_.words[0];
    for (std::size_t w = 1; w < plan_.mask_words; ++w) {
      any |= needs.words[w] & ever_.words[w];
    }
    return any != 0;
  }

  // An anyOf or allOf step's literals combined (false or true when it has none).
  bool Literals(const Step& step) const {
    if (step.op == Op::kAnyOf) {
      bool any = false;
      for (auto i = step.lits_begin; i < step.lits_end; ++i) {
        any |= lits_[i].Value();
      }
      return any;
    }
    bool all = true;
    for (auto i = step.lits_begin; i < step.lits_end; ++i) {
      all &= lits_[i].Value();
    }
    return all;
  }

  // Eval(node, nullptr) by the step table: cheap children are combined without branching on
  // each, and costly ones are evaluated only while they can still change the answer.
  bool Test(std::uint32_t node);
  bool HoldsWithEvidence(const CompiledDefinition& d, std::vector<Evidence>* evidence);
  bool Eval(std::uint32_t node, std::vector<Evidence>* evidence);
  bool EvalCode(const Node& n, std::vector<Evidence>* evidence);
  bool EvalCount(const Node& n, std::vector<Evidence>* evidence);
  bool EvalDistinctMedications(const Node& n, std::vector<Evidence>* evidence);
  bool EvalValue(const Node& n, std::vector<Evidence>* evidence);

  const Population& pop_;
  const Plan& plan_;
  Day as_of_;
  std::uint32_t person_ = 0;
  std::optional<int> age_;
  // Per node: for age nodes, the latest birth day of someone that old on the as-of date.
  std::vector<Day> age_cutoff_;
  std::vector<Step> steps_;          // per node
  std::vector<std::uint32_t> kids_;  // combinators' children, cheap ones first
  std::vector<Literal> lits_;        // combinators' children that are literals

  // Deficits that are one literal: per word they read, the bits that count when set and when
  // clear. The other deficits, by index.
  struct LiteralGroup {
    const std::uint64_t* word = nullptr;
    std::uint64_t set = 0, clear = 0;
  };

  std::vector<LiteralGroup> deficit_groups_;
  std::vector<std::uint32_t> other_deficits_;

  // Demographic predicates, one bit each of person_bits_, set by Load().
  struct Demographic {
    Rule::Kind kind = Rule::Kind::kSex;
    Day cutoff = 0;  // ages: the birth-day cutoff
    domain::Sex sex = domain::Sex::kUnknown;
  };

  std::vector<Demographic> demographics_;
  ListMask person_bits_;
  // Value nodes: the closed range of values that meet the comparison (NaN meets none).
  std::vector<float> value_low_, value_high_;
  int cutoff_years_ = -1;  // AgeAtLeast's last question and answer
  Day cutoff_ = 0;
  Table events_, medications_;
  std::vector<bool> segmented_;      // per plan window: Load() splits a table's rows at its start
  ListMask ever_;                    // lists with a record up to the as-of date
  std::vector<ListMask> in_window_;  // per window: lists with a record in it
  std::vector<ListMask> before_window_;    // per window: lists with a record before it
  std::vector<ListMask> first_in_window_;  // per window: lists whose first record is in it
  std::vector<std::uint64_t> condition_bits_;
  FrailtyCategory frailty_ = FrailtyCategory::kNotAssessed;
  // Thresholds as bits, so that "at least N" is a literal: per set, bit N is set when N or more
  // conditions hold; bit N of frailty_bits_ when the category is at least N.
  std::vector<std::uint64_t> count_bits_;
  std::vector<bool> counted_;  // per set: a literal reads count_bits_
  std::uint64_t frailty_bits_ = 1;

  // Bits 0..n set.
  static std::uint64_t AtMost(int n) {
    return n >= 63 ? ~std::uint64_t{0} : (std::uint64_t{2} << n) - 1;
  }

  std::vector<std::uint32_t> scratch_codes_;
  bool admissions_known_ = false;  // EmergencyAdmissions' last answer for this person
  Day admissions_window_ = 0;
  int admissions_ = 0;
};

}  // namespace lcn::casefinding
