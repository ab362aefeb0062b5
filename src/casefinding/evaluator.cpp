// SPDX-License-Identifier: Apache-2.0
#include "casefinding/evaluator.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <chrono>
#include <cmath>
#include <limits>

namespace lcn::casefinding {
namespace {

std::chrono::year_month_day CivilDay(Day day) {
  return std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(day)));
}

constexpr std::uint16_t kAnyList = std::numeric_limits<std::uint16_t>::max();

constexpr Day kMinDay = std::numeric_limits<Day>::min();

// The first day a window of `window` days ending on `as_of` includes (kMinDay: no window).
// A record on `day` (on or before as_of) counts when day >= this, i.e. as_of - day < window.
Day WindowStart(Day as_of, Day window) {
  if (window == 0) {
    return kMinDay;
  }
  const std::int64_t from = std::int64_t{as_of} - window + 1;
  return static_cast<Day>(std::clamp<std::int64_t>(from, kMinDay, kNoDay));
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
      in_window_(plan.windows.size()),
      before_window_(plan.windows.size()),
      condition_bits_(plan.sets.size(), 0) {
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
        step.op = n.window != 0 && n.first ? Op::kFirst : Op::kBit;
        step.mask = &WindowMask(n);
        step.not_mask = n.window != 0 ? &before_window_[n.window_index] : nullptr;
        break;
      case K::kMedications:
      case K::kEventCount:
        if (n.at_least == 1) {  // one or more: the list's bit in the window
          step.op = Op::kBit;
          step.mask = &WindowMask(n);
        } else {
          step.cheap = false;
        }
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
        step.kids_begin = static_cast<std::uint32_t>(kids_.size());
        for (const bool cheap : {true, false}) {
          for (auto c = n.child_begin; c < n.child_end; ++c) {
            if (steps_[plan_.children[c]].cheap == cheap) {
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

bool Evaluator::Test(std::uint32_t node) {
  const Step& step = steps_[node];
  switch (step.op) {
    case Op::kBit:
      return step.mask->test(step.bit);
    case Op::kFirst:
      return step.mask->test(step.bit) && !step.not_mask->test(step.bit);
    case Op::kAnyOf: {
      bool any = false;
      for (auto i = step.kids_begin; i < step.kids_cheap_end; ++i) {
        any |= Test(kids_[i]);
      }
      for (auto i = step.kids_cheap_end; i < step.kids_end && !any; ++i) {
        any = Test(kids_[i]);
      }
      return any;
    }
    case Op::kAllOf: {
      bool all = true;
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
    case Op::kCondition:
      return (condition_bits_[step.bit] >> step.count) & 1U;
    case Op::kFrailty:
      return static_cast<int>(frailty_) >= step.count;
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
    if (record_rule && n.window != 0 && on_medications == medications) {
      used[n.window_index] = true;
    }
  }
  // Plan windows are longest first, so their first days ascend. A window starting after the
  // as-of date holds nothing; it starts with the rows after it.
  const Day after = as_of_ == kNoDay ? kNoDay : as_of_ + 1;
  for (std::size_t k = 0; k < used.size(); ++k) {
    if (used[k]) {
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

// The pass over one person's rows of one table: each record's list mask is ORed into the
// segment (between window starts) its day falls in. Everything the loop touches is in locals
// and kWords (the plan's mask words) is a constant, so the loop body is a few loads and ORs
// with no data-dependent branch; crossing into the next window, or past the as-of date, happens
// at most once per window.
template <std::size_t kWords>
void Evaluator::Segment(Table& table) const {
  const std::uint32_t* const codes = table.codes->data();
  const Day* const days = table.days->data();
  const std::uint32_t* const class_of = table.class_of->data();
  const ListMask* const classes = plan_.class_masks.data();
  const Day* const from = table.from.data();
  const std::size_t windows = table.windows.size();
  std::array<std::uint64_t, kWords> acc{};
  auto flush = [&](std::size_t segment) {
    for (std::size_t w = 0; w < kWords; ++w) {
      table.segments[segment].words[w] |= acc[w];
      acc[w] = 0;
    }
  };
  std::size_t k = 0;
  Day next = from[0];
  std::uint32_t row = table.begin;
  const std::uint32_t end = table.end;
  for (; row < end; ++row) {
    const Day day = days[row];
    if (day >= next) {
      for (; day >= next && k < windows; next = from[++k]) {
        flush(k);
        table.window_begin[table.windows[k]] = row;
      }
      if (day >= next) {
        break;  // past the last window start is past the as-of date: this row and the rest
      }
    }
    const ListMask& mask = classes[class_of[codes[row]]];
    for (std::size_t w = 0; w < kWords; ++w) {
      acc[w] |= mask.words[w];
    }
  }
  table.end = row;
  flush(k);
  for (; k < windows; ++k) {
    table.window_begin[table.windows[k]] = row;  // windows with none of these rows
  }
}

// From the segments, the masks of the lists ever, before each window and in each window. Only
// the first kWords words of the masks are ever set.
template <std::size_t kWords>
void Evaluator::Masks() {
  auto clear = [](ListMask& mask) {
    for (std::size_t w = 0; w < kWords; ++w) {
      mask.words[w] = 0;
    }
  };
  auto add = [](ListMask& to, const ListMask& from) {
    for (std::size_t w = 0; w < kWords; ++w) {
      to.words[w] |= from.words[w];
    }
  };
  clear(ever_);
  for (std::size_t k = 0; k < in_window_.size(); ++k) {
    clear(in_window_[k]);
    clear(before_window_[k]);
  }
  for (const Table* table : {&events_, &medications_}) {
    const std::size_t windows = table->windows.size();
    ListMask acc;
    for (std::size_t j = 0; j < windows; ++j) {
      add(acc, table->segments[j]);
      add(before_window_[table->windows[j]], acc);
    }
    add(ever_, acc);
    acc = table->segments[windows];
    add(ever_, acc);
    for (std::size_t j = windows; j-- > 0;) {
      add(in_window_[table->windows[j]], acc);
      add(acc, table->segments[j]);
    }
  }
}

template <std::size_t kWords>
void Evaluator::LoadRecords(std::uint32_t person) {
  for (Table* table : {&events_, &medications_}) {
    table->begin = (*table->offsets)[person];
    table->end = (*table->offsets)[person + 1];
    for (ListMask& segment : table->segments) {
      for (std::size_t w = 0; w < kWords; ++w) {
        segment.words[w] = 0;
      }
    }
    Segment<kWords>(*table);
  }
  Masks<kWords>();
}

void Evaluator::Load(std::uint32_t person) {
  person_ = person;
  age_.reset();
  admissions_known_ = false;
  std::fill(condition_bits_.begin(), condition_bits_.end(), 0);
  frailty_ = FrailtyCategory::kNotAssessed;
  person_bits_ = ListMask{};
  const Day birth = pop_.birth_day[person];
  for (std::size_t j = 0; j < demographics_.size(); ++j) {
    const Demographic& d = demographics_[j];
    using K = Rule::Kind;
    const bool holds = d.kind == K::kAgeAtLeast ? birth <= d.cutoff
                       : d.kind == K::kAgeBelow ? birth > d.cutoff
                       : d.kind == K::kSex      ? pop_.sex[person] == d.sex
                                                : pop_.care_home[person] != 0;
    person_bits_.words[j / 64] |= std::uint64_t{holds} << (j % 64);
  }
  switch (plan_.mask_words) {
    case 1:
      LoadRecords<1>(person);
      break;
    case 2:
      LoadRecords<2>(person);
      break;
    case 3:
      LoadRecords<3>(person);
      break;
    default:
      LoadRecords<ListMask::kWords>(person);
      break;
  }
}

bool Evaluator::EventIn(std::uint32_t row, std::uint16_t list) const {
  return plan_.class_masks[plan_.event_class[pop_.event_code[row]]].test(list);
}

bool Evaluator::MedicationIn(std::uint32_t row, std::uint16_t list) const {
  return plan_.class_masks[plan_.medication_class[pop_.medication_code[row]]].test(list);
}

int Evaluator::CountRows(std::uint16_t list, std::uint32_t from_row) const {
  const bool medication = plan_.list_is_medication[list];
  const std::uint32_t end = medication ? medications_.end : events_.end;
  int count = 0;
  for (std::uint32_t row = from_row; row < end; ++row) {
    count += (medication ? MedicationIn(row, list) : EventIn(row, list)) ? 1 : 0;
  }
  return count;
}

std::int64_t Evaluator::FirstRow(std::uint16_t list, std::uint32_t from_row) const {
  const bool medication = plan_.list_is_medication[list];
  const std::uint32_t end = medication ? medications_.end : events_.end;
  for (std::uint32_t row = from_row; row < end; ++row) {
    if (medication ? MedicationIn(row, list) : EventIn(row, list)) {
      return row;
    }
  }
  return -1;
}

std::int64_t Evaluator::LastRow(std::uint16_t list, std::uint32_t from_row) const {
  const bool medication = plan_.list_is_medication[list];
  for (std::uint32_t row = medication ? medications_.end : events_.end; row-- > from_row;) {
    if (medication ? MedicationIn(row, list) : EventIn(row, list)) {
      return row;
    }
  }
  return -1;
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

bool Evaluator::EvalCode(const Node& n, std::vector<Evidence>* evidence) {
  bool holds = false;
  if (n.window == 0) {
    holds = ever_.test(n.list);
  } else if (n.first) {
    // The earliest record is in the window: one in it, none before it.
    holds = in_window_[n.window_index].test(n.list) && !before_window_[n.window_index].test(n.list);
  } else {
    holds = in_window_[n.window_index].test(n.list);
  }
  if (holds && evidence) {
    const auto row = static_cast<std::uint32_t>(n.first || n.window == 0
                                                    ? FirstRow(n.list, events_.begin)
                                                    : LastRow(n.list, events_.begin));
    const float v = pop_.event_value[row];
    evidence->push_back({Evidence::Source::kEvent, pop_.concepts[pop_.event_code[row]],
                         pop_.event_day[row], std::isnan(v) ? 0 : v, !std::isnan(v),
                         CountRows(n.list, events_.begin), n.first ? "first recorded" : ""});
  }
  return holds;
}

bool Evaluator::EvalCount(const Node& n, std::vector<Evidence>* evidence) {
  const bool medication = n.kind == Rule::Kind::kMedications;
  const Table& rows = medication ? medications_ : events_;
  int count = 0;
  const std::uint32_t from_row = WindowBegin(n, rows);
  if (WindowMask(n).test(n.list)) {
    // One or more is known from the mask; a higher threshold counts the list's rows in the
    // window, unless the window holds too few rows of any list to reach it.
    if (n.at_least <= 1 && evidence == nullptr) {
      count = 1;
    } else if (std::int64_t{rows.end} - from_row >= n.at_least || evidence != nullptr) {
      count = CountRows(n.list, from_row);
    }
  }
  const bool holds = count >= n.at_least;
  if (holds && evidence) {
    const std::int64_t latest = LastRow(n.list, from_row);
    const auto& codes = medication ? pop_.medication_code : pop_.event_code;
    const auto& days = medication ? pop_.medication_day : pop_.event_day;
    evidence->push_back(
        {medication ? Evidence::Source::kMedication : Evidence::Source::kEvent,
         latest >= 0 ? pop_.concepts[codes[static_cast<std::size_t>(latest)]] : 0,
         latest >= 0 ? days[static_cast<std::size_t>(latest)] : kNoDay, 0, false, count,
         std::to_string(count) + (medication ? " issues" : " recorded")});
  }
  return holds;
}

// How many different values `codes` holds (reordering it). A year's issues are usually a
// handful: those are compared pairwise, without sorting; longer lists are sorted.
int DistinctCount(std::vector<std::uint32_t>& codes) {
  constexpr std::size_t kPairwise = 24;
  if (codes.size() <= kPairwise) {
    int distinct = 0;
    for (std::size_t i = 0; i < codes.size(); ++i) {
      bool first = true;
      for (std::size_t j = 0; j < i; ++j) {
        first &= codes[j] != codes[i];
      }
      distinct += first ? 1 : 0;
    }
    return distinct;
  }
  std::sort(codes.begin(), codes.end());
  return static_cast<int>(std::unique(codes.begin(), codes.end()) - codes.begin());
}

bool Evaluator::EvalDistinctMedications(const Node& n, std::vector<Evidence>* evidence) {
  scratch_codes_.clear();
  const std::uint32_t from_row = WindowBegin(n, medications_);
  // Fewer issues in the window than the threshold cannot reach it.
  const bool enough = std::int64_t{medications_.end} - from_row >= n.at_least;
  if (enough && (n.list == kAnyList || WindowMask(n).test(n.list))) {
    for (std::uint32_t m = from_row; m < medications_.end; ++m) {
      if (n.list == kAnyList || MedicationIn(m, n.list)) {
        scratch_codes_.push_back(pop_.medication_code[m]);
      }
    }
  }
  const bool holds = DistinctCount(scratch_codes_) >= n.at_least;
  const int distinct = holds && evidence ? DistinctCount(scratch_codes_) : 0;
  if (holds && evidence) {
    evidence->push_back({Evidence::Source::kMedication, 0, as_of_, 0, false, distinct,
                         std::to_string(distinct) + " different medications"});
  }
  return holds;
}

bool Evaluator::EvalValue(const Node& n, std::vector<Evidence>* evidence) {
  if (!WindowMask(n).test(n.list)) {
    return false;
  }
  const auto index = static_cast<std::size_t>(&n - plan_.nodes.data());
  const float low = value_low_[index], high = value_high_[index];
  auto meets = [low, high](float v) { return (v >= low) & (v <= high); };  // false for NaN
  const bool any = n.aggregate == ValueAggregate::kAny;
  const int wanted = n.aggregate == ValueAggregate::kMaxOfLatestTwo ? 2 : 1;
  const float* const values = pop_.event_value.data();
  if (any) {
    // Usually no value in the window meets the comparison, whatever its list: a branch-free
    // count over the value column says so without looking up any row's lists.
    int candidates = 0;
    for (std::uint32_t row = WindowBegin(n, events_); row < events_.end; ++row) {
      candidates += meets(values[row]) ? 1 : 0;
    }
    if (candidates == 0) {
      return false;
    }
  }
  std::uint32_t latest = 0, second = 0;
  int seen = 0;
  // Walk back from the latest record in the window to the latest one (or two) of the list with
  // a value; for "any", to the latest that meets the comparison. For "any" the comparison is
  // tested first since it rarely holds; otherwise both tests are made on every row rather than
  // branching on which rows have values.
  for (std::uint32_t row = events_.end; row-- > WindowBegin(n, events_);) {
    const float v = values[row];
    const bool match = any ? meets(v) && EventIn(row, n.list)
                           : static_cast<bool>(!std::isnan(v) & EventIn(row, n.list));
    if (match) {
      (seen == 0 ? latest : second) = row;
      if (++seen == wanted) {
        break;
      }
    }
  }
  const bool holds = seen == wanted && meets(wanted == 2 ? std::max(values[latest], values[second])
                                                         : values[latest]);
  if (holds && evidence) {
    for (int i = 0; i < wanted; ++i) {
      const std::uint32_t row = i == 0 ? latest : second;
      evidence->push_back({Evidence::Source::kEvent, pop_.concepts[pop_.event_code[row]],
                           pop_.event_day[row], values[row], true, 0, ""});
    }
  }
  return holds;
}

int Evaluator::EmergencyAdmissions(Day window, std::vector<Evidence>* evidence) {
  if (evidence == nullptr && admissions_known_ && window == admissions_window_) {
    return admissions_;
  }
  const Day from = WindowStart(as_of_, window);
  int count = 0;
  for (auto e = pop_.encounter_offsets[person_]; e < pop_.encounter_offsets[person_ + 1]; ++e) {
    const Day day = pop_.encounter_day[e];
    // Without branches on the data: few encounters each, in no predictable order of kinds.
    const bool admission = (pop_.encounter_kind[e] == EncounterKind::kEmergencyAdmission) &
                           (day >= from) & (day <= as_of_);
    count += admission ? 1 : 0;
    if (admission) {
      if (evidence) {
        evidence->push_back(
            {Evidence::Source::kEncounter, 0, day, 0, false, 0, "emergency admission"});
      }
    }
  }
  admissions_known_ = true;
  admissions_window_ = window;
  admissions_ = count;
  return count;
}

}  // namespace lcn::casefinding
