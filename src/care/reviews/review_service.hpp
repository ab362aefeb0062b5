// SPDX-License-Identifier: Apache-2.0
//
// Reviews: continual review lists (docs/care-coordination.md) for every edge: people whose care
// plan review date, or the next review date set by their latest MDT outcome, falls within the
// next `within_days` days or has passed. Never people who have died (on or before today).
//   - Mine (no area): the people whose key worker (enrolment lead professional) is the caller.
//     Each is an access decision, audited as review-list in the list's transaction; people
//     outside the caller's relationships are withheld and counted, so the list never shows
//     someone the relationship rule would refuse. People who have left their practice stay on
//     it, marked with the day they left, until the enrolment is closed.
//   - An area's, for its MDT: everyone registered at its practices, for callers whose worklist
//     reach covers every practice of the area (as worklists: Error(kNotFound) for no such area,
//     Error(kForbidden) otherwise, not marked as audited, which the request boundary records),
//     audited once as review-list with the scope and the count. People who have left their
//     practice are on no area's list.
// Each list is one read-write transaction: its rows commit with it. Holds references only;
// cheap to construct per call; thread-safe as the database is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "care/reviews/review_repository.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::care {

struct ReviewList {
  std::string due_by;                   // YYYY-MM-DD: today + within_days
  std::int32_t today = 0;               // the day number of today (extract/day.hpp)
  std::vector<store::ReviewDue> items;  // earliest due first
  int withheld = 0;                     // people the caller may not see (mine only)
};

class Reviews {
 public:
  Reviews(sql::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // The caller's list as key worker. REQUIRES: 0 <= within_days.
  ReviewList Mine(const auth::Principal& who, int within_days) const;

  // The list of `area`'s practices. REQUIRES: 0 <= within_days.
  ReviewList ForArea(const auth::Principal& who, AreaId area, int within_days) const;

 private:
  sql::Database& db_;
  const Clock& clock_;
};

}  // namespace lcn::care
