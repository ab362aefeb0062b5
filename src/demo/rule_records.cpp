// SPDX-License-Identifier: Apache-2.0
#include "demo/rule_records.hpp"

#include <algorithm>

#include "domain/kinds.hpp"

namespace lcn::demo {
namespace {

using casefinding::Rule;
using K = Rule::Kind;

constexpr std::int32_t kYear = 365;
constexpr std::int32_t kOnsetHorizon = 20 * kYear;  // diagnoses "ever": within 20 years
constexpr std::int32_t kIssueHorizon = 5 * kYear;   // medications "ever": within 5 years

// How many value predicates of `rule` read `list`.
int ValueReads(const Rule& rule, const std::string& list) {
  int n = rule.kind == K::kValue && rule.list == list ? 1 : 0;
  for (const auto& child : rule.children) {
    n += ValueReads(*child, list);
  }
  return n;
}

// True when two value predicates of `rule` read the same list: near misses written for one
// would become the latest result of the other, so such a rule has no reliable near miss.
bool SharesValueList(const Rule& rule, const Rule& root) {
  if (rule.kind == K::kValue && ValueReads(root, rule.list) > 1) {
    return true;
  }
  return std::any_of(rule.children.begin(), rule.children.end(),
                     [&](const auto& c) { return SharesValueList(*c, root); });
}

bool HasNot(const Rule& rule) {
  if (rule.kind == K::kNot) {
    return true;
  }
  return std::any_of(rule.children.begin(), rule.children.end(),
                     [](const auto& child) { return HasNot(*child); });
}

}  // namespace

RuleRecords::Window RuleRecords::WindowOf(const Rule& rule, std::int32_t default_days) const {
  const std::int32_t days = rule.within_days.value_or(default_days);
  return {person_.WindowStart(days), person_.end_day};
}

std::int32_t RuleRecords::Day(Window window) {
  return random_.Between(window.first, window.last);
}

bool RuleRecords::CanSatisfy(const Rule& rule) const {
  switch (rule.kind) {
    case K::kCode:
      return !model_.List(rule.list).empty() && WindowOf(rule, kOnsetHorizon).Days() >= 1;
    case K::kMedications:
    case K::kEventCount:
      return !model_.List(rule.list).empty() &&
             WindowOf(rule, kIssueHorizon).Days() >= rule.at_least;
    case K::kDistinctMedications:
      return static_cast<int>(model_.List(rule.list).size()) >= rule.at_least &&
             WindowOf(rule, kIssueHorizon).Days() >= rule.at_least;
    case K::kValue:
      return !model_.List(rule.list).empty() && WindowOf(rule, kIssueHorizon).Days() >= 2;
    case K::kAgeAtLeast:
      return person_.age >= rule.at_least;
    case K::kAgeBelow:
      return person_.age < rule.at_least;
    case K::kSex:
      return domain::SexName(person_.sex) == rule.text;
    case K::kCareHome:
      return person_.care_home;
    case K::kAnyOf:
      return std::any_of(rule.children.begin(), rule.children.end(),
                         [&](const auto& c) { return CanSatisfy(*c); });
    case K::kAllOf:
      return std::all_of(rule.children.begin(), rule.children.end(),
                         [&](const auto& c) { return CanSatisfy(*c); });
    case K::kNot:
      return true;
    default:
      return false;  // cohort-only predicates and admissions are not written from rules
  }
}

bool RuleRecords::Satisfy(const Rule& rule) {
  if (!CanSatisfy(rule)) {
    return false;
  }
  switch (rule.kind) {
    case K::kCode:
      WriteCode(rule);
      return true;
    case K::kMedications: {
      const Window window = WindowOf(rule, kIssueHorizon);
      const int extra = rule.at_least > 1 ? random_.Between(0, 4) : random_.Between(1, 5);
      WriteIssues(rule.list, window, std::min(window.Days(), rule.at_least + extra));
      if (rule.within_days) {  // a repeat medicine: it was issued before the window too
        const Window before{std::max(person_.birth_day, window.first - kYear), window.first - 1};
        WriteIssues(rule.list, before, std::min(before.Days(), random_.Between(0, 6)));
      }
      return true;
    }
    case K::kEventCount:
      WriteCount(rule, WindowOf(rule, kIssueHorizon), rule.at_least);
      return true;
    case K::kDistinctMedications: {
      const auto& codes = model_.List(rule.list);
      const Window window = WindowOf(rule, kIssueHorizon);
      const auto first =
          static_cast<std::size_t>(random_.Between(0, static_cast<std::int32_t>(codes.size()) - 1));
      for (int i = 0; i < rule.at_least; ++i) {
        out_.AddIssue(codes[(first + static_cast<std::size_t>(i)) % codes.size()], Day(window));
      }
      return true;
    }
    case K::kValue:
      WriteValue(rule, IntervalOf(rule));
      return true;
    case K::kAnyOf:
      return SatisfyAny(rule);
    case K::kAllOf:
      return SatisfyAll(rule);
    default:
      return true;  // demographics (checked) and `not` (nothing to write)
  }
}

bool RuleRecords::SatisfyAny(const Rule& rule) {
  // Branches with a `not` are less likely: another condition may write what they exclude.
  double total = 0;
  std::vector<double> weights;
  for (const auto& child : rule.children) {
    weights.push_back(CanSatisfy(*child) ? (HasNot(*child) ? 0.25 : 1.0) : 0.0);
    total += weights.back();
  }
  double r = random_.Uniform() * total;
  for (std::size_t i = 0; i < rule.children.size(); ++i) {
    if (weights[i] > 0 && (r < weights[i] || i + 1 == rule.children.size())) {
      return Satisfy(*rule.children[i]);
    }
    r -= weights[i];
  }
  return false;
}

bool RuleRecords::SatisfyAll(const Rule& rule) {
  // Value predicates on the same list and aggregate describe one result: intersect them.
  std::vector<std::pair<const Rule*, Interval>> values;
  for (const auto& child : rule.children) {
    if (child->kind != K::kValue) {
      Satisfy(*child);
      continue;
    }
    const Interval mine = IntervalOf(*child);
    auto same = std::find_if(values.begin(), values.end(), [&](const auto& v) {
      return v.first->list == child->list && v.first->aggregate == child->aggregate;
    });
    if (same == values.end()) {
      values.emplace_back(child.get(), mine);
      continue;
    }
    Interval& both = same->second;
    if (mine.low > both.low || (mine.low == both.low && mine.low_open)) {
      both.low = mine.low;
      both.low_open = mine.low_open;
    }
    if (mine.high < both.high || (mine.high == both.high && mine.high_open)) {
      both.high = mine.high;
      both.high_open = mine.high_open;
    }
  }
  for (const auto& [value_rule, interval] : values) {
    WriteValue(*value_rule, interval);
  }
  return true;
}

ConceptId RuleRecords::PickCode(const std::string& list) {
  const auto& codes = model_.List(list);
  return codes[static_cast<std::size_t>(
      random_.Between(0, static_cast<std::int32_t>(codes.size()) - 1))];
}

std::vector<std::int32_t> RuleRecords::DistinctDays(Window window, int count) {
  // One day in each of `count` equal slots of the window. REQUIRES: count <= window.Days().
  std::vector<std::int32_t> days;
  const double slot = static_cast<double>(window.Days()) / std::max(count, 1);
  for (int k = 0; k < count; ++k) {
    const auto from = window.first + static_cast<std::int32_t>(slot * k);
    const auto to = window.first + static_cast<std::int32_t>(slot * (k + 1)) - 1;
    days.push_back(random_.Between(from, std::max(from, to)));
  }
  return days;
}

void RuleRecords::WriteCode(const Rule& rule) {
  out_.AddEvent(PickCode(rule.list), Day(WindowOf(rule, kOnsetHorizon)));
}

void RuleRecords::WriteIssues(const std::string& list, Window window, int count) {
  if (count <= 0 || model_.List(list).empty()) {
    return;
  }
  const ConceptId code = PickCode(list);  // one medicine, issued on distinct days
  for (const std::int32_t day : DistinctDays(window, count)) {
    out_.AddIssue(code, day);
  }
}

void RuleRecords::WriteCount(const Rule& rule, Window window, int count) {
  if (rule.kind == K::kMedications) {
    WriteIssues(rule.list, window, count);
    return;
  }
  for (const std::int32_t day : DistinctDays(window, count)) {
    out_.AddEvent(PickCode(rule.list), day);
  }
}

void RuleRecords::WriteDiagnoses(const Rule& rule) {
  if (rule.kind == K::kCode && !model_.List(rule.list).empty()) {
    Rule ever = rule;
    ever.within_days.reset();
    WriteCode(ever);
  }
  for (const auto& child : rule.children) {
    if (rule.kind != K::kNot) {
      WriteDiagnoses(*child);
    }
  }
}

bool RuleRecords::CanNearMiss(const Rule& rule) const {
  switch (rule.kind) {
    case K::kCode:
      return rule.within_days && !model_.List(rule.list).empty() &&
             person_.as_of - *rule.within_days >= person_.birth_day;
    case K::kMedications:
    case K::kEventCount:
      return rule.within_days && !model_.List(rule.list).empty() &&
             (rule.at_least > 1 || person_.as_of - *rule.within_days >= person_.birth_day);
    case K::kValue:
      return rule.aggregate != casefinding::ValueAggregate::kAny &&
             !model_.List(rule.list).empty() && person_.end_day - 3 * kYear > person_.birth_day;
    case K::kAnyOf:
      return !SharesValueList(rule, rule) &&
             std::any_of(rule.children.begin(), rule.children.end(),
                         [&](const auto& c) { return CanNearMiss(*c); });
    case K::kAllOf:
      return !SharesValueList(rule, rule) && CanSatisfy(rule) &&
             std::any_of(rule.children.begin(), rule.children.end(),
                         [&](const auto& c) { return CanNearMiss(*c); });
    default:
      return false;
  }
}

bool RuleRecords::NearMiss(const Rule& rule) {
  if (!CanNearMiss(rule)) {
    return false;
  }
  switch (rule.kind) {
    case K::kCode: {
      const Window window = WindowOf(rule, kOnsetHorizon);
      const Window before{std::max(person_.birth_day, window.first - 3 * kYear), window.first - 1};
      out_.AddEvent(PickCode(rule.list), Day(before));
      if (rule.first && window.Days() >= 1) {  // an old first diagnosis, a recent repeat
        WriteCode(rule);
      }
      return true;
    }
    case K::kMedications:
    case K::kEventCount: {
      const Window window = WindowOf(rule, kIssueHorizon);
      if (rule.at_least > 1) {
        WriteCount(rule, window, std::min(window.Days(), rule.at_least - 1));
      } else {
        const Window before{std::max(person_.birth_day, window.first - kYear), window.first - 1};
        WriteCount(rule, before, std::min(before.Days(), random_.Between(2, 4)));
      }
      return true;
    }
    case K::kValue:
      return NearMissValue(rule);
    case K::kAnyOf:
      for (const auto& child : rule.children) {
        NearMiss(*child);
      }
      return true;
    case K::kAllOf:
      return NearMissAll(rule);
    default:
      return false;
  }
}

bool RuleRecords::NearMissAll(const Rule& rule) {
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < rule.children.size(); ++i) {
    if (CanNearMiss(*rule.children[i])) {
      candidates.push_back(i);
    }
  }
  const std::size_t missed = candidates[static_cast<std::size_t>(
      random_.Between(0, static_cast<std::int32_t>(candidates.size()) - 1))];
  for (std::size_t i = 0; i < rule.children.size(); ++i) {
    if (i == missed) {
      NearMiss(*rule.children[i]);
    } else {
      Satisfy(*rule.children[i]);
    }
  }
  return true;
}

}  // namespace lcn::demo
