// SPDX-License-Identifier: Apache-2.0
#include "casefinding/evaluator.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <chrono>
#include <cmath>
#include <limits>

#include "casefinding/day_window.hpp"

namespace lcn::casefinding {
namespace {

std::chrono::year_month_day CivilDay(Day day) {
  return std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(day)));
}

// The least float f with f >= x, and the greatest with f <= x (as doubles; x not NaN).
float FloatAtLeast(double x) {
  const auto f = static_cast<float>(x);
  return static_cast<double>(f) < x ? std::nextafter(f, std::numeric_limits<float>::infinity()) : f;
}

float FloatAtMost(double x) {
  const auto f = static_cast<float>(x);
  return static_cast<double>(f) > x ? std::nextafter(f, -std::numeric_limits<float>::infinity())
                                    : f;
}

}  // namespace

Evaluator::Evaluator(const Population& population, const Plan& plan, Day as_of)
    : pop_(population),
      plan_(plan),
      as_of_(as_of),
      age_cutoff_(plan.nodes.size(), 0),
      segmented_(plan.windows.size(), false),
      in_window_(plan.windows.size()),
      before_window_(plan.windows.size()),
      first_in_window_(plan.windows.size()),
      condition_bits_(plan.sets.size(), 0),
      count_bits_(plan.sets.size(), 1),
      counted_(plan.sets.size(), false) {
  events_.codes = &population.event_code;
  events_.days = &population.event_day;
  events_.class_of = &plan.event_class;
  events_.offsets = &population.event_offsets;
  medications_.codes = &population.medication_code;
  medications_.days = &population.medication_day;
  medications_.class_of = &plan.medication_class;
  medications_.offsets = &population.medication_offsets;
  SetUpTable(events_, false);
  SetUpTable(medications_, true);
  using K = Rule::Kind;
  value_low_.assign(plan.nodes.size(), 0);
  value_high_.assign(plan.nodes.size(), 0);
  constexpr double kDoubleInfinity = std::numeric_limits<double>::infinity();
  constexpr float kInfinity = std::numeric_limits<float>::infinity();
  for (std::size_t i = 0; i < plan.nodes.size(); ++i) {
    const Node& n = plan.nodes[i];
    const bool age = n.kind == K::kAgeAtLeast || n.kind == K::kAgeBelow;
    if (age) {
      age_cutoff_[i] = BirthCutoff(as_of, n.at_least);
    }
    if (n.kind == K::kValue) {
      // Values are floats: the closed range of floats that meet the comparison in double.
      const double t = n.threshold;
      switch (n.compare) {
        case Rule::Compare::kBelow:
          value_low_[i] = -kInfinity;
          value_high_[i] = FloatAtMost(std::nextafter(t, -kDoubleInfinity));
          break;
        case Rule::Compare::kAtMost:
          value_low_[i] = -kInfinity;
          value_high_[i] = FloatAtMost(t);
          break;
        case Rule::Compare::kAbove:
          value_low_[i] = FloatAtLeast(std::nextafter(t, kDoubleInfinity));
          value_high_[i] = kInfinity;
          break;
        case Rule::Compare::kAtLeast:
          value_low_[i] = FloatAtLeast(t);
          value_high_[i] = kInfinity;
          break;
      }
    }
  }
  BuildSteps();
}

void Evaluator::BuildSteps() {
  using K = Rule::Kind;
  const auto& nodes = plan_.nodes;
  steps_.assign(nodes.size(), Step{});
  // Children come after their parents in the node array, so one pass from the end sees every
  // child's step before its parent's.
  for (std::size_t i = nodes.size(); i-- > 0;) {
    const Node& n = nodes[i];
    Step& step = steps_[i];
    step.cheap = true;
    step.bit = n.list;
    step.count = n.at_least;
    switch (n.kind) {
      case K::kCode:
        step.op = Op::kBit;
        step.mask = n.window != 0 && n.first ? &first_in_window_[n.window_index] : &WindowMask(n);
        break;
      case K::kMedications:
      case K::kEventCount:
        if (n.at_least == 1) {  // one or more: the list's bit in the window
          step.op = Op::kBit;
          step.mask = &WindowMask(n);
        } else {
          step.op = Op::kCount;
          step.cheap = false;
        }
        break;
      case K::kValue:
        step.op = Op::kValue;
        step.cheap = false;
        break;
      case K::kAgeAtLeast:
      case K::kAgeBelow:
      case K::kSex:
      case K::kCareHome:
        if (demographics_.size() < kMaxLists) {
          step.op = Op::kBit;
          step.mask = &person_bits_;
          step.bit = static_cast<std::uint16_t>(demographics_.size());
          demographics_.push_back({n.kind, age_cutoff_[i], n.sex});
        } else {
          step.cheap = false;
        }
        break;
      case K::kConditionCount:
        step.op = Op::kConditionCount;
        break;
      case K::kCondition:
        step.op = Op::kCondition;
        step.bit = n.set;
        step.count = n.list;
        break;
      case K::kFrailtyAtLeast:
        step.op = Op::kFrailty;
        break;
      case K::kAnyOf:
      case K::kAllOf:
      case K::kNot: {
        step.op = n.kind == K::kAnyOf ? Op::kAnyOf : n.kind == K::kAllOf ? Op::kAllOf : Op::kNot;
        if (n.kind == K::kNot && steps_[plan_.children[n.child_begin]].literal) {
          step.literal = true;
          step.lit = steps_[plan_.children[n.child_begin]].lit;
          step.lit.flip ^= 1U;
          break;
        }
        step.lits_begin = static_cast<std::uint32_t>(lits_.size());
        if (n.kind != K::kNot) {
          for (auto c = n.child_begin; c < n.child_end; ++c) {
            if (steps_[plan_.children[c]].literal) {
              lits_.push_back(steps_[plan_.children[c]].lit);
            }
          }
        }
        step.lits_end = static_cast<std::uint32_t>(lits_.size());
        step.kids_begin = static_cast<std::uint32_t>(kids_.size());
        for (const bool cheap : {true, false}) {
          for (auto c = n.child_begin; c < n.child_end; ++c) {
            const Step& kid = steps_[plan_.children[c]];
            if (kid.cheap == cheap && (n.kind == K::kNot || !kid.literal)) {
              kids_.push_back(plan_.children[c]);
            }
          }
          if (cheap) {
            step.kids_cheap_end = static_cast<std::uint32_t>(kids_.size());
          }
        }
        step.kids_end = static_cast<std::uint32_t>(kids_.size());
        step.cheap = step.kids_cheap_end == step.kids_end;
        break;
      }
      default:  // values, distinct medications, admissions
        step.cheap = false;
        break;
    }
    if (step.op == Op::kBit) {
      step.literal = true;
      step.lit = {&step.mask->words[step.bit / 64], step.bit % 64U, 0};
    } else if (step.op == Op::kCondition) {
      step.literal = true;
      step.lit = {&condition_bits_[step.bit], static_cast<std::uint32_t>(step.count), 0};
    } else if (step.op == Op::kConditionCount && step.count < 64) {
      counted_[step.bit] = true;
      step.literal = true;
      step.lit = {&count_bits_[step.bit], static_cast<std::uint32_t>(std::max(step.count, 0)), 0};
    } else if (step.op == Op::kFrailty && step.count < 64) {
      step.literal = true;
      step.lit = {&frailty_bits_, static_cast<std::uint32_t>(std::max(step.count, 0)), 0};
    }
  }
  for (std::uint32_t i = 0; i < plan_.deficits.size(); ++i) {
    const Step& root = steps_[plan_.deficits[i].root];
    if (!root.literal) {
      other_deficits_.push_back(i);
      continue;
    }
    const std::uint64_t bit = std::uint64_t{1} << root.lit.shift;
    auto group = std::find_if(deficit_groups_.begin(), deficit_groups_.end(), [&](const auto& g) {
      return g.word == root.lit.word && ((g.set | g.clear) & bit) == 0;  // each bit counts once
    });
    if (group == deficit_groups_.end()) {
      group = deficit_groups_.insert(deficit_groups_.end(), LiteralGroup{root.lit.word, 0, 0});
    }
    (root.lit.flip != 0 ? group->clear : group->set) |= bit;
  }
  for (const auto* definitions : {&plan_.deficits, &plan_.cohorts}) {
    for (const auto& d : *definitions) {
      steps_[d.root].gated = !steps_[d.root].cheap && d.needs_events;
    }
  }
  for (const auto& set : plan_.sets) {
    for (const auto& d : set.conditions) {
      steps_[d.root].gated = !steps_[d.root].cheap && d.needs_events;
    }
  }
}

int Evaluator::CountDeficits() {
  int count = 0;
  for (const LiteralGroup& g : deficit_groups_) {
    count += std::popcount((*g.word & g.set) | (~*g.word & g.clear));
  }
  for (const std::uint32_t i : other_deficits_) {
    count += Holds(plan_.deficits[i], nullptr) ? 1 : 0;
  }
  return count;
}

bool Evaluator::Test(std::uint32_t node) {
  const Step& step = steps_[node];
  if (step.literal) {
    return step.lit.Value();
  }
  switch (step.op) {
    case Op::kBit:
    case Op::kCondition:
      break;  // always literals, read above
    case Op::kAnyOf: {
      bool any = Literals(step);
      for (auto i = step.kids_begin; i < step.kids_cheap_end; ++i) {
        any |= Test(kids_[i]);
      }
      for (auto i = step.kids_cheap_end; i < step.kids_end && !any; ++i) {
        any = Test(kids_[i]);
      }
      return any;
    }
    case Op::kAllOf: {
      bool all = Literals(step);
      for (auto i = step.kids_begin; i < step.kids_cheap_end; ++i) {
        all &= Test(kids_[i]);
      }
      for (auto i = step.kids_cheap_end; i < step.kids_end && all; ++i) {
        all = Test(kids_[i]);
      }
      return all;
    }
    case Op::kNot:
      return !Test(kids_[step.kids_begin]);
    case Op::kConditionCount:
      return std::popcount(condition_bits_[step.bit]) >= step.count;
    case Op::kFrailty:
      return static_cast<int>(frailty_) >= step.count;
    case Op::kCount:
      return EvalCount(plan_.nodes[node], nullptr);
    case Op::kValue:
      return EvalValue(plan_.nodes[node], nullptr);
    case Op::kRule:
      break;
  }
  return Eval(node, nullptr);
}

void Evaluator::SetUpTable(Table& table, bool medications) {
  using K = Rule::Kind;
  std::vector<bool> used(plan_.windows.size(), false);
  for (const Node& n : plan_.nodes) {
    const bool record_rule = n.kind == K::kCode || n.kind == K::kValue ||
                             n.kind == K::kEventCount || n.kind == K::kMedications ||
                             n.kind == K::kDistinctMedications;
    const bool on_medications = n.kind == K::kMedications || n.kind == K::kDistinctMedications;
    // Latest values find the window's start as they walk back (EvalValue).
    const bool walks_back = n.kind == K::kValue && n.aggregate != ValueAggregate::kAny;
    if (record_rule && !walks_back && n.window != 0 && on_medications == medications) {
      used[n.window_index] = true;
    }
  }
  // Plan windows are longest first, so their first days ascend. A window starting after the
  // as-of date holds nothing; it starts with the rows after it.
  const Day after = as_of_ == kNoDay ? kNoDay : as_of_ + 1;
  for (std::size_t k = 0; k < used.size(); ++k) {
    if (used[k]) {
      segmented_[k] = true;
      table.windows.push_back(static_cast<std::uint16_t>(k));
      table.from.push_back(std::min(WindowStart(as_of_, plan_.windows[k]), after));
    }
  }
  table.from.push_back(after);
  table.window_begin.assign(plan_.windows.size(), 0);
  table.segments.resize(table.windows.size() + 1);
}

Day Evaluator::BirthCutoff(Day as_of, int years) {
  using namespace std::chrono;
  const auto now = CivilDay(as_of);
  const year y = now.year() - std::chrono::years(years);
  year_month_day cutoff{y, now.month(), now.day()};
  if (!cutoff.ok()) {  // 29 February in a year without one
    cutoff = year_month_day(y / now.month() / last);
  }
  return static_cast<Day>(sys_days(cutoff).time_since_epoch().count());
}

int Evaluator::Age() {
  if (!age_) {
    const auto birth = CivilDay(pop_.birth_day[person_]);
    const auto now = CivilDay(as_of_);
    int years = static_cast<int>(now.year()) - static_cast<int>(birth.year());
    if (now.month() < birth.month() || (now.month() == birth.month() && now.day() < birth.day())) {
      --years;
    }
    age_ = years;
  }
  return *age_;
}

bool Evaluator::AgeAtLeast(int years) {
  if (years != cutoff_years_) {
    cutoff_ = BirthCutoff(as_of_, years);
    cutoff_years_ = years;
  }
  return pop_.birth_day[person_] <= cutoff_;
}

bool Evaluator::HoldsWithEvidence(const CompiledDefinition& d, std::vector<Evidence>* evidence) {
  if (d.needs_events && !d.needs.Intersects(ever_)) {
    return false;
  }
  std::vector<Evidence> found;
  const bool holds = Eval(d.root, &found);
  if (holds) {
    evidence->insert(evidence->end(), found.begin(), found.end());
  }
  return holds;
}

bool Evaluator::Eval(std::uint32_t index, std::vector<Evidence>* evidence) {
  const Node& n = plan_.nodes[index];
  using K = Rule::Kind;
  switch (n.kind) {
    case K::kCode:
      return EvalCode(n, evidence);
    case K::kMedications:
    case K::kEventCount:
      return EvalCount(n, evidence);
    case K::kDistinctMedications:
      return EvalDistinctMedications(n, evidence);
    case K::kValue:
      return EvalValue(n, evidence);
    case K::kAgeAtLeast:
    case K::kAgeBelow: {
      const bool old_enough = pop_.birth_day[person_] <= age_cutoff_[index];
      const bool holds = n.kind == K::kAgeAtLeast ? old_enough : !old_enough;
      if (holds && evidence) {
        evidence->push_back({Evidence::Source::kDemographic, 0, pop_.birth_day[person_], 0, false,
                             0, "aged " + std::to_string(Age())});
      }
      return holds;
    }
    case K::kSex:
      return pop_.sex[person_] == n.sex;
    case K::kCareHome: {
      const bool holds = pop_.care_home[person_] != 0;
      if (holds && evidence) {
        evidence->push_back({Evidence::Source::kDemographic, 0, kNoDay, 0, false, 0,
                             "registered as a care-home resident"});
      }
      return holds;
    }
    case K::kConditionCount: {
      const int count = std::popcount(condition_bits_[n.list]);
      if (count >= n.at_least && evidence) {
        evidence->push_back({Evidence::Source::kDemographic, 0, kNoDay, 0, false, count,
                             std::to_string(count) + " conditions of " + plan_.sets[n.list].name});
      }
      return count >= n.at_least;
    }
    case K::kCondition:
      return (condition_bits_[n.set] >> n.list) & 1U;
    case K::kFrailtyAtLeast: {
      const bool holds = static_cast<int>(frailty_) >= n.at_least;
      if (holds && evidence) {
        evidence->push_back({Evidence::Source::kDemographic, 0, kNoDay, 0, false, 0,
                             "eFI " + std::string(FrailtyCategoryName(frailty_))});
      }
      return holds;
    }
    case K::kEmergencyAdmissions:
      return EmergencyAdmissions(n.window, evidence) >= n.at_least;
    case K::kAnyOf:
      for (auto i = n.child_begin; i < n.child_end; ++i) {
        if (Eval(plan_.children[i], evidence)) {
          return true;
        }
      }
      return false;
    case K::kAllOf: {
      const std::size_t mark = evidence ? evidence->size() : 0;
      for (auto i = n.child_begin; i < n.child_end; ++i) {
        if (!Eval(plan_.children[i], evidence)) {
          if (evidence) {
            evidence->resize(mark);
          }
          return false;
        }
      }
      return true;
    }
    case K::kNot: {
      std::vector<Evidence> ignored;
      return !Eval(plan_.children[n.child_begin], evidence ? &ignored : nullptr);
    }
  }
  return false;
}

}  // namespace lcn::casefinding
