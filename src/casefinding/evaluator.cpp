// SPDX-License-Identifier: Apache-2.0
#include "casefinding/evaluator.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace lcn::casefinding {
namespace {

bool Compare(double value, Rule::Compare compare, double threshold) {
  switch (compare) {
    case Rule::Compare::kBelow:
      return value < threshold;
    case Rule::Compare::kAtMost:
      return value <= threshold;
    case Rule::Compare::kAbove:
      return value > threshold;
    case Rule::Compare::kAtLeast:
      return value >= threshold;
  }
  return false;
}

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
  return static_cast<Day>(
      std::clamp<std::int64_t>(from, std::numeric_limits<Day>::min(), kNoDay));
}

}  // namespace

Evaluator::Evaluator(const Population& population, const Plan& plan, Day as_of)
    : pop_(population),
      plan_(plan),
      as_of_(as_of),
      node_from_(plan.nodes.size(), kMinDay),
      lists_(plan.list_names.size() + 1),
      touched_(plan.list_names.size() + 2),
      condition_bits_(plan.sets.size(), 0) {
  using K = Rule::Kind;
  for (std::size_t i = 0; i < plan.nodes.size(); ++i) {
    const Node& n = plan.nodes[i];
    node_from_[i] = n.kind == K::kAgeAtLeast || n.kind == K::kAgeBelow
                        ? BirthCutoff(as_of, n.at_least)
                        : WindowStart(as_of, n.window);
  }
  const std::size_t slots = plan.window_slots;
  // The "no list" row of slots never counts.
  slot_from_.assign((plan.list_names.size() + 1) * slots, kNoDay);
  for (std::size_t i = 0; i < plan.slot_windows.size(); ++i) {
    slot_from_[i] = plan.slot_windows[i] == 0 ? kNoDay : WindowStart(as_of, plan.slot_windows[i]);
  }
  in_window_.assign(slot_from_.size(), 0);
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

inline bool Evaluator::InList(const ConceptLists& c, std::uint16_t list) const {
  if (c.first == list) {
    return true;
  }
  for (std::uint32_t i = c.extra_begin; i < c.extra_begin + c.extra_count; ++i) {
    if (plan_.extra_lists[i] == list) {
      return true;
    }
  }
  return false;
}

// One pass over a person's rows of one table, folding each row into the states of its lists.
// Everything the loop touches is in locals, so the compiler keeps it in registers, and the
// per-row work has no data-dependent branch for the usual concept in at most one list.
// kSlots is the plan's counter slots per list, fixed at compile time for the common counts
// (-1: read it from `slots`).
template <int kSlots>
struct Evaluator::ScanLoop {
  ListState* lists;
  std::uint16_t* touched;
  std::uint32_t touched_count;
  std::uint32_t* in_window;
  const Day* slot_from;
  std::size_t slots;
  const std::uint16_t* extra_lists;

  void Touch(std::uint16_t list, std::uint32_t row, Day day) {
    ListState& s = lists[list];
    const std::uint32_t count = s.count;
    const std::uint32_t fresh = count == 0 ? 1U : 0U;
    // The slot past the end is written every time and kept only when the list is new.
    touched[touched_count] = list;
    touched_count += fresh;
    const std::uint32_t keep = fresh - 1U;  // all ones when not new
    s.first = (s.first & keep) | (row & ~keep);
    s.last = row;
    s.count = count + 1;
    const std::size_t n = kSlots >= 0 ? static_cast<std::size_t>(kSlots) : slots;
    std::uint32_t* counts = in_window + list * n;
    const Day* from = slot_from + list * n;
    for (std::size_t k = 0; k < n; ++k) {
      counts[k] += day >= from[k] ? 1U : 0U;
    }
  }

  void Run(const std::uint32_t* codes, const Day* days, const ConceptLists* concepts,
           std::uint32_t begin, std::uint32_t end) {
    for (std::uint32_t row = begin; row < end; ++row) {
      const ConceptLists c = concepts[codes[row]];
      const Day day = days[row];
      Touch(c.first, row, day);
      for (std::uint32_t i = 0; i < c.extra_count; ++i) {
        Touch(extra_lists[c.extra_begin + i], row, day);
      }
    }
  }
};

template <int kSlots>
std::uint32_t Evaluator::ScanWith(const std::vector<std::uint32_t>& codes,
                                  const std::vector<Day>& days,
                                  const std::vector<ConceptLists>& concepts, std::uint32_t begin,
                                  std::uint32_t end) {
  // Rows are in day order: drop those after the as-of date from the end, so that the loop
  // itself tests nothing but its bound.
  while (end > begin && days[end - 1] > as_of_) {
    --end;
  }
  ScanLoop<kSlots> loop{lists_.data(),
                        touched_.data(),
                        touched_count_,
                        in_window_.data(),
                        slot_from_.data(),
                        plan_.window_slots,
                        plan_.extra_lists.data()};
  loop.Run(codes.data(), days.data(), concepts.data(), begin, end);
  touched_count_ = loop.touched_count;
  return end;
}

std::uint32_t Evaluator::Scan(const std::vector<std::uint32_t>& codes,
                              const std::vector<Day>& days,
                              const std::vector<ConceptLists>& concepts, std::uint32_t begin,
                              std::uint32_t end) {
  switch (plan_.window_slots) {
    case 0:
      return ScanWith<0>(codes, days, concepts, begin, end);
    case 1:
      return ScanWith<1>(codes, days, concepts, begin, end);
    case 2:
      return ScanWith<2>(codes, days, concepts, begin, end);
    default:
      return ScanWith<-1>(codes, days, concepts, begin, end);
  }
}

void Evaluator::Load(std::uint32_t person) {
  person_ = person;
  age_.reset();
  admissions_known_ = false;
  const std::size_t slots = plan_.window_slots;
  for (std::uint32_t i = 0; i < touched_count_; ++i) {
    const std::uint16_t list = touched_[i];
    lists_[list] = ListState{};
    std::fill_n(in_window_.begin() + static_cast<std::ptrdiff_t>(list * slots), slots, 0U);
  }
  touched_count_ = 0;
  present_.reset();
  std::fill(condition_bits_.begin(), condition_bits_.end(), 0);
  frailty_ = FrailtyCategory::kNotAssessed;

  Scan(pop_.event_code, pop_.event_day, plan_.event_concepts, pop_.event_offsets[person],
       pop_.event_offsets[person + 1]);
  medication_begin_ = pop_.medication_offsets[person];
  medication_end_ = Scan(pop_.medication_code, pop_.medication_day, plan_.medication_concepts,
                         medication_begin_, pop_.medication_offsets[person + 1]);
  const std::uint16_t none = plan_.NoList();
  for (std::uint32_t i = 0; i < touched_count_; ++i) {
    if (touched_[i] != none) {
      present_.set(touched_[i]);
    }
  }
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

bool Evaluator::Holds(const CompiledDefinition& d, std::vector<Evidence>* evidence) {
  if (d.ever_list >= 0 && evidence == nullptr) {
    return present_.test(static_cast<std::size_t>(d.ever_list));
  }
  if (d.needs_events && (d.needs & present_).none()) {
    return false;
  }
  if (evidence == nullptr) {
    return Eval(d.root, nullptr);
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
      return EvalCode(index, evidence);
    case K::kMedications:
    case K::kEventCount:
      return EvalCount(index, evidence);
    case K::kDistinctMedications:
      return EvalDistinctMedications(index, evidence);
    case K::kValue:
      return EvalValue(index, evidence);
    case K::kAgeAtLeast:
    case K::kAgeBelow: {
      // node_from_ holds the birth-day cutoff for the node's age.
      const bool old_enough = pop_.birth_day[person_] <= node_from_[index];
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

bool Evaluator::EvalCode(std::uint32_t index, std::vector<Evidence>* evidence) {
  const Node& n = plan_.nodes[index];
  const ListState& s = lists_[n.list];
  if (s.count == 0) {
    return false;
  }
  // The list's first row is the earliest, its last the latest.
  const std::uint32_t row = n.first || n.window == 0 ? s.first : s.last;
  const bool holds = pop_.event_day[row] >= node_from_[index];
  if (holds && evidence) {
    const float v = pop_.event_value[row];
    evidence->push_back({Evidence::Source::kEvent, pop_.concepts[pop_.event_code[row]],
                         pop_.event_day[row], std::isnan(v) ? 0 : v, !std::isnan(v),
                         static_cast<int>(s.count), n.first ? "first recorded" : ""});
  }
  return holds;
}

bool Evaluator::EvalCount(std::uint32_t index, std::vector<Evidence>* evidence) {
  const Node& n = plan_.nodes[index];
  const ListState& s = lists_[n.list];
  const auto count = static_cast<int>(
      n.window == 0 ? s.count : in_window_[n.list * std::size_t{plan_.window_slots} + n.slot]);
  const bool holds = count >= n.at_least;
  if (holds && evidence) {
    // The latest row in a window ending on the as-of date is the list's latest row.
    const bool medication = n.kind == Rule::Kind::kMedications;
    const auto& codes = medication ? pop_.medication_code : pop_.event_code;
    const auto& days = medication ? pop_.medication_day : pop_.event_day;
    evidence->push_back(
        {medication ? Evidence::Source::kMedication : Evidence::Source::kEvent,
         count > 0 ? pop_.concepts[codes[s.last]] : 0, count > 0 ? days[s.last] : kNoDay, 0,
         false, count, std::to_string(count) + (medication ? " issues" : " recorded")});
  }
  return holds;
}

bool Evaluator::EvalDistinctMedications(std::uint32_t index, std::vector<Evidence>* evidence) {
  const Node& n = plan_.nodes[index];
  const Day from = node_from_[index];
  scratch_codes_.clear();
  // Back from the latest issue; rows are in day order, so stop at the window's start.
  for (std::uint32_t m = medication_end_; m-- > medication_begin_;) {
    if (pop_.medication_day[m] < from) {
      break;
    }
    const std::uint32_t code = pop_.medication_code[m];
    if (n.list == kAnyList || InList(plan_.medication_concepts[code], n.list)) {
      scratch_codes_.push_back(code);
    }
  }
  std::sort(scratch_codes_.begin(), scratch_codes_.end());
  const auto distinct = static_cast<int>(std::unique(scratch_codes_.begin(), scratch_codes_.end()) -
                                         scratch_codes_.begin());
  const bool holds = distinct >= n.at_least;
  if (holds && evidence) {
    evidence->push_back({Evidence::Source::kMedication, 0, as_of_, 0, false, distinct,
                         std::to_string(distinct) + " different medications"});
  }
  return holds;
}

bool Evaluator::EvalValue(std::uint32_t index, std::vector<Evidence>* evidence) {
  const Node& n = plan_.nodes[index];
  const ListState& s = lists_[n.list];
  if (s.count == 0) {
    return false;
  }
  const Day from = node_from_[index];
  std::uint32_t latest = 0, second = 0;
  int seen = 0;
  // Walk back from the list's latest row over the person's rows, keeping the list's.
  for (std::uint32_t row = s.last + 1; row-- > s.first;) {
    if (!InList(plan_.event_concepts[pop_.event_code[row]], n.list)) {
      continue;
    }
    if (pop_.event_day[row] < from) {
      break;  // earlier rows are older still
    }
    if (std::isnan(pop_.event_value[row])) {
      continue;
    }
    if (n.aggregate == ValueAggregate::kAny) {
      if (Compare(pop_.event_value[row], n.compare, n.threshold)) {
        latest = row;
        seen = 1;
        break;
      }
      continue;
    }
    if (seen == 0) {
      latest = row;
    } else {
      second = row;
    }
    if (++seen == (n.aggregate == ValueAggregate::kMaxOfLatestTwo ? 2 : 1)) {
      break;
    }
  }
  bool holds = false;
  if (n.aggregate == ValueAggregate::kMaxOfLatestTwo) {
    holds = seen == 2 && Compare(std::max(pop_.event_value[latest], pop_.event_value[second]),
                                 n.compare, n.threshold);
  } else {
    holds = seen == 1 && Compare(pop_.event_value[latest], n.compare, n.threshold);
  }
  if (holds && evidence) {
    for (const std::uint32_t row : {latest, second}) {
      if (row == second && n.aggregate != ValueAggregate::kMaxOfLatestTwo) {
        break;
      }
      evidence->push_back({Evidence::Source::kEvent, pop_.concepts[pop_.event_code[row]],
                           pop_.event_day[row], pop_.event_value[row], true, 0, ""});
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
    if (day > as_of_) {
      break;
    }
    if (pop_.encounter_kind[e] == EncounterKind::kEmergencyAdmission && day >= from) {
      ++count;
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
