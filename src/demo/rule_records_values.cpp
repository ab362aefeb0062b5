// SPDX-License-Identifier: Apache-2.0
//
// The result-value part of RuleRecords: intervals from a value predicate, a plausible value
// inside one, and results written as the latest, the latest two or any result.
#include <algorithm>
#include <cmath>

#include "demo/rule_records.hpp"

namespace lcn::demo {
namespace {

using casefinding::Rule;
using casefinding::ValueAggregate;
using Compare = Rule::Compare;

constexpr std::int32_t kYear = 365;
constexpr std::int32_t kLatestDays = 180;     // the latest result: in the last six months
constexpr std::int32_t kLatestTwoDays = 300;  // the latest two: in the last ten months
constexpr std::int32_t kOldResultEnd = 400;   // a lapsed result: more than 400 days ago

}  // namespace

RuleRecords::Interval RuleRecords::IntervalOf(const Rule& rule) {
  return IntervalFor(rule.compare, rule.threshold);
}

RuleRecords::Interval RuleRecords::Complement(const Rule& rule) {
  switch (rule.compare) {
    case Compare::kBelow:
      return IntervalFor(Compare::kAtLeast, rule.threshold);
    case Compare::kAtMost:
      return IntervalFor(Compare::kAbove, rule.threshold);
    case Compare::kAbove:
      return IntervalFor(Compare::kAtMost, rule.threshold);
    case Compare::kAtLeast:
      return IntervalFor(Compare::kBelow, rule.threshold);
  }
  return {};
}

RuleRecords::Interval RuleRecords::IntervalFor(Compare compare, double threshold) {
  Interval i;
  const bool open = compare == Compare::kBelow || compare == Compare::kAbove;
  if (compare == Compare::kBelow || compare == Compare::kAtMost) {
    i.high = threshold;
    i.high_open = open;
  } else {
    i.low = threshold;
    i.low_open = open;
  }
  return i;
}

bool RuleRecords::Inside(const Interval& i, double value) {
  const bool above_low = i.low_open ? value > i.low : value >= i.low;
  const bool below_high = i.high_open ? value < i.high : value <= i.high;
  return above_low && below_high;
}

double RuleRecords::Sample(const Interval& interval) {
  constexpr double kUnbounded = 1e29;
  const bool has_low = interval.low > -kUnbounded;
  const bool has_high = interval.high < kUnbounded;
  const double u = random_.Uniform();
  double value = 1;
  if (has_low && has_high) {
    // A wide range such as haemoglobin [25, 130) g/L: stay within 20% of the upper bound.
    double low = interval.low;
    if (low > 0 && interval.high / low > 2) {
      low = interval.high * 0.8;
    }
    value = low + (interval.high - low) * (0.05 + 0.9 * u);
  } else if (has_high) {
    value = interval.high - std::max(std::abs(interval.high), 1.0) * (0.03 + 0.27 * u);
  } else if (has_low) {
    value = interval.low + std::max(std::abs(interval.low), 1.0) * (0.03 + 0.37 * u);
  }
  // Laboratory-style precision, unless rounding would cross a bound.
  const double scale = std::abs(value) >= 10 ? 10 : 100;
  const double rounded = std::round(value * scale) / scale;
  return Inside(interval, rounded) ? rounded : value;
}

void RuleRecords::WriteValue(const Rule& rule, const Interval& interval) {
  const Window window = WindowOf(rule, 5 * kYear);
  const ConceptId code = PickCode(rule.list);
  switch (rule.aggregate) {
    case ValueAggregate::kLatest: {
      const Window recent{std::max(window.first, person_.end_day - kLatestDays), window.last};
      out_.AddEvent(code, Day(recent), static_cast<float>(Sample(interval)));
      break;
    }
    case ValueAggregate::kMaxOfLatestTwo: {
      const Window recent{std::max(window.first, person_.end_day - kLatestTwoDays), window.last};
      for (const std::int32_t day : DistinctDays(recent, std::min(2, recent.Days()))) {
        out_.AddEvent(code, day, static_cast<float>(Sample(interval)));
      }
      break;
    }
    case ValueAggregate::kAny:
      out_.AddEvent(code, Day(window), static_cast<float>(Sample(interval)));
      break;
  }
}

bool RuleRecords::NearMissValue(const Rule& rule) {
  // An abnormal result more than 400 days ago, then normal ones as the latest.
  const ConceptId code = PickCode(rule.list);
  const Window old{std::max(person_.birth_day, person_.end_day - 3 * kYear),
                   person_.end_day - kOldResultEnd};
  out_.AddEvent(code, Day(old), static_cast<float>(Sample(IntervalOf(rule))));
  const int recent_count = rule.aggregate == ValueAggregate::kMaxOfLatestTwo ? 2 : 1;
  const Window recent{person_.end_day - kLatestTwoDays, person_.end_day};
  for (const std::int32_t day : DistinctDays(recent, recent_count)) {
    out_.AddEvent(code, day, static_cast<float>(Sample(Complement(rule))));
  }
  return true;
}

}  // namespace lcn::demo
