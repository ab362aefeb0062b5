// SPDX-License-Identifier: Apache-2.0
//
// One person while their history is written: who they are on the as-of day (PersonContext) and
// the records written so far (PersonRecords). Every record day is clamped into the person's
// lifetime in the record, [birth_day, end_day], so nothing is dated before birth, after death or
// after the as-of day. Not thread-safe; one per generating thread, reused person after person.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "domain/kinds.hpp"
#include "extract/extract.hpp"

namespace lcn::demo {

struct PersonContext {
  std::int32_t birth_day = 0;
  std::int32_t as_of = 0;
  std::int32_t end_day = 0;  // the last day with records: the death day or the as-of day
  int age = 0;               // whole years on the as-of day
  std::size_t band = 0;      // age band of the clinical rates
  domain::Sex sex = domain::Sex::kUnknown;
  bool care_home = false;
  double deprivation_shift = 0;  // liability shift from the practice's IMD score

  // `day` moved into [birth_day, end_day].
  std::int32_t Clamp(std::int32_t day) const { return std::clamp(day, birth_day, end_day); }

  // The first day of a window of `days` ending on the as-of day, not before birth.
  std::int32_t WindowStart(std::int32_t days) const {
    return std::max(birth_day, as_of - days + 1);
  }
};

struct PersonRecords {
  struct Event {
    std::int64_t code;
    std::int32_t day;
    float value;
  };

  struct Issue {
    std::int64_t code;
    std::int32_t day;
  };

  std::vector<Event> events;
  std::vector<Issue> issues;
  std::vector<extract::Encounter> encounters;  // patient is filled in when appended

  void Clear() {
    events.clear();
    issues.clear();
    encounters.clear();
  }

  // REQUIRES: `day` within the person's record (PersonContext::Clamp).
  void AddEvent(std::int64_t code, std::int32_t day,
                float value = std::numeric_limits<float>::quiet_NaN()) {
    events.push_back({code, day, value});
  }

  void AddIssue(std::int64_t code, std::int32_t day) { issues.push_back({code, day}); }
};

}  // namespace lcn::demo
