// SPDX-License-Identifier: Apache-2.0
#include "casefinding/evaluator.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

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

}  // namespace

Evaluator::Evaluator(const Population& population, const Plan& plan, Day as_of)
    : pop_(population),
      plan_(plan),
      as_of_(as_of),
      buckets_(plan.list_names.size()),
      condition_bits_(plan.sets.size(), 0) {}

void Evaluator::Load(std::uint32_t person) {
  person_ = person;
  age_.reset();
  for (const auto list : touched_) {
    buckets_[list] = Bucket{};
  }
  touched_.clear();
  pairs_.clear();
  present_.reset();
  std::fill(condition_bits_.begin(), condition_bits_.end(), 0);
  frailty_ = FrailtyCategory::kNotAssessed;

  // Rows are in day order, so the scan stops at the first row after the as-of date.
  const std::uint32_t ev_end = pop_.event_offsets[person + 1];
  for (std::uint32_t e = pop_.event_offsets[person]; e < ev_end && pop_.event_day[e] <= as_of_;
       ++e) {
    const std::uint32_t code = pop_.event_code[e];
    for (auto i = plan_.event_lists_offsets[code]; i < plan_.event_lists_offsets[code + 1]; ++i) {
      pairs_.emplace_back(plan_.event_lists[i], e);
    }
  }
  medication_begin_ = pop_.medication_offsets[person];
  medication_end_ = medication_begin_;
  const std::uint32_t med_end = pop_.medication_offsets[person + 1];
  for (std::uint32_t m = medication_begin_; m < med_end && pop_.medication_day[m] <= as_of_; ++m) {
    medication_end_ = m + 1;
    const std::uint32_t code = pop_.medication_code[m];
    for (auto i = plan_.medication_lists_offsets[code];
         i < plan_.medication_lists_offsets[code + 1]; ++i) {
      pairs_.emplace_back(plan_.medication_lists[i], m);
    }
  }
  if (pairs_.empty()) {
    return;
  }
  // Counting scatter by list (no sort, no allocation): each list's rows keep their day order.
  for (const auto& [list, row] : pairs_) {
    if (buckets_[list].count++ == 0) {
      touched_.push_back(list);
      present_.set(list);
    }
  }
  std::uint32_t next = 0;
  for (const auto list : touched_) {
    buckets_[list].begin = next;
    next += buckets_[list].count;
    buckets_[list].count = 0;
  }
  rows_.resize(pairs_.size());
  for (const auto& [list, row] : pairs_) {
    Bucket& b = buckets_[list];
    rows_[b.begin + b.count++] = row;
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

bool Evaluator::Holds(const CompiledDefinition& d, std::vector<Evidence>* evidence) {
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
      return EvalCode(n, evidence);
    case K::kMedications:
      return EvalMedications(n, evidence);
    case K::kDistinctMedications:
      return EvalDistinctMedications(n, evidence);
    case K::kValue:
      return EvalValue(n, evidence);
    case K::kEventCount:
      return EvalEventCount(n, evidence);
    case K::kAgeAtLeast:
    case K::kAgeBelow: {
      const bool holds = n.kind == K::kAgeAtLeast ? Age() >= n.at_least : Age() < n.at_least;
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
  const Bucket b = buckets_[n.list];
  if (b.count == 0) {
    return false;
  }
  // Buckets hold rows in day order: the first is the earliest, the last the latest.
  const std::uint32_t row =
      n.first || n.window == 0 ? rows_[b.begin] : rows_[b.begin + b.count - 1];
  const bool holds = InWindow(pop_.event_day[row], n.window);
  if (holds && evidence) {
    const float v = pop_.event_value[row];
    evidence->push_back({Evidence::Source::kEvent, pop_.concepts[pop_.event_code[row]],
                         pop_.event_day[row], std::isnan(v) ? 0 : v, !std::isnan(v),
                         static_cast<int>(b.count), n.first ? "first recorded" : ""});
  }
  return holds;
}

bool Evaluator::EvalMedications(const Node& n, std::vector<Evidence>* evidence) {
  const Bucket b = buckets_[n.list];
  int count = 0;
  std::uint32_t latest = 0;
  for (std::uint32_t i = b.begin; i < b.begin + b.count; ++i) {
    const std::uint32_t row = rows_[i];
    if (InWindow(pop_.medication_day[row], n.window)) {
      ++count;
      latest = row;
    }
  }
  const bool holds = count >= n.at_least;
  if (holds && evidence) {
    evidence->push_back({Evidence::Source::kMedication, pop_.concepts[pop_.medication_code[latest]],
                         pop_.medication_day[latest], 0, false, count,
                         std::to_string(count) + " issues"});
  }
  return holds;
}

bool Evaluator::EvalDistinctMedications(const Node& n, std::vector<Evidence>* evidence) {
  scratch_codes_.clear();
  if (n.list == kAnyList) {
    for (std::uint32_t m = medication_begin_; m < medication_end_; ++m) {
      if (InWindow(pop_.medication_day[m], n.window)) {
        scratch_codes_.push_back(pop_.medication_code[m]);
      }
    }
  } else {
    const Bucket b = buckets_[n.list];
    for (std::uint32_t i = b.begin; i < b.begin + b.count; ++i) {
      const std::uint32_t row = rows_[i];
      if (InWindow(pop_.medication_day[row], n.window)) {
        scratch_codes_.push_back(pop_.medication_code[row]);
      }
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

bool Evaluator::EvalValue(const Node& n, std::vector<Evidence>* evidence) {
  const Bucket b = buckets_[n.list];
  std::uint32_t latest = 0, second = 0;
  int seen = 0;
  // Walk back from the latest result.
  for (std::uint32_t i = b.begin + b.count; i-- > b.begin;) {
    const std::uint32_t row = rows_[i];
    if (std::isnan(pop_.event_value[row]) || !InWindow(pop_.event_day[row], n.window)) {
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

bool Evaluator::EvalEventCount(const Node& n, std::vector<Evidence>* evidence) {
  const Bucket b = buckets_[n.list];
  int count = 0;
  std::uint32_t latest = 0;
  for (std::uint32_t i = b.begin; i < b.begin + b.count; ++i) {
    const std::uint32_t row = rows_[i];
    if (InWindow(pop_.event_day[row], n.window)) {
      ++count;
      latest = row;
    }
  }
  const bool holds = count >= n.at_least;
  if (holds && evidence) {
    evidence->push_back({Evidence::Source::kEvent, pop_.concepts[pop_.event_code[latest]],
                         pop_.event_day[latest], 0, false, count,
                         std::to_string(count) + " recorded"});
  }
  return holds;
}

int Evaluator::EmergencyAdmissions(Day window, std::vector<Evidence>* evidence) {
  int count = 0;
  for (auto e = pop_.encounter_offsets[person_]; e < pop_.encounter_offsets[person_ + 1]; ++e) {
    const Day day = pop_.encounter_day[e];
    if (day > as_of_) {
      break;
    }
    if (pop_.encounter_kind[e] == EncounterKind::kEmergencyAdmission && InWindow(day, window)) {
      ++count;
      if (evidence) {
        evidence->push_back(
            {Evidence::Source::kEncounter, 0, day, 0, false, 0, "emergency admission"});
      }
    }
  }
  return count;
}

}  // namespace lcn::casefinding
