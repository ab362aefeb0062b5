// SPDX-License-Identifier: Apache-2.0
//
// Small day arithmetic shared by the evaluator's files: the "any list" marker of a node and the
// first day of a rule's window. Internal to casefinding.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>

#include "casefinding/population.hpp"

namespace lcn::casefinding {

constexpr std::uint16_t kAnyList = std::numeric_limits<std::uint16_t>::max();

constexpr Day kMinDay = std::numeric_limits<Day>::min();

// The first day a window of `window` days ending on `as_of` includes (kMinDay: no window).
// A record on `day` (on or before as_of) counts when day >= this, i.e. as_of - day < window.
inline Day WindowStart(Day as_of, Day window) {
  if (window == 0) {
    return kMinDay;
  }
  const std::int64_t from = std::int64_t{as_of} - window + 1;
  return static_cast<Day>(std::clamp<std::int64_t>(from, kMinDay, kNoDay));
}

}  // namespace lcn::casefinding
