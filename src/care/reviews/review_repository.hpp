// SPDX-License-Identifier: Apache-2.0
//
// ReviewRepository finds people whose review is due, inside the caller's transaction: their
// personalised care and support plan's review date (care_plans.review_date) or the next review
// date set by their latest MDT outcome (at a meeting that was not cancelled), whichever comes
// first, on or before a given day. For the key worker's continual review list, an area's list
// and the suggestions for an MDT case list. People whose enrolment is closed are left out, and
// so are people who have died (a register death date on or before `ReviewQuery::alive_on`);
// listing by practice also leaves out people who had left their practice by then (the
// register's left_date), who are no longer registered there. Stateless.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "care/mdt/mdt_case_repository.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::store {

struct ReviewDue {
  PersonRef person;
  std::optional<std::string> practice_name;
  std::optional<UserId> lead;  // the key worker (enrolment lead professional)
  std::optional<std::string> lead_name;
  std::optional<std::string> plan_review_date;  // YYYY-MM-DD, when the plan has one
  std::optional<std::string> mdt_review_date;   // set by the latest MDT outcome
  std::optional<MdtCaseId> mdt_case;            // that outcome's case
  // The day the register found them gone from their practice's extract (only on a key
  // worker's list: a list by practice leaves them out).
  std::optional<std::string> left_practice;
  // The earliest meeting not yet held that has the person on its case list, if any.
  std::optional<MeetingId> next_meeting;
  std::optional<Micros> next_meeting_starts_at;

  // The earlier of the two review dates. REQUIRES: at least one is set.
  const std::string& DueDate() const;
};

struct ReviewQuery {
  std::optional<UserId> lead;           // people whose key worker this is
  std::vector<std::int64_t> practices;  // or people registered at these practices
  std::string due_by;                   // YYYY-MM-DD: due on or before this day
  // YYYY-MM-DD: people whose register death date is on or before this day are left out, and
  // by practice also those whose left_date is (today for the review lists, the meeting's day
  // for MDT suggestions). Required.
  std::string alive_on;
};

class ReviewRepository {
 public:
  explicit ReviewRepository(sql::Transaction& tx) : tx_(tx) {}

  // People matching `query` (by lead, else by practice; neither matches nobody) with a review
  // due on or before `query.due_by`, earliest due first, then by person id; not those who died
  // on or before `query.alive_on`, nor, by practice, those who had left their practice by then.
  std::vector<ReviewDue> Due(const ReviewQuery& query);

 private:
  sql::Transaction& tx_;
};

}  // namespace lcn::store
