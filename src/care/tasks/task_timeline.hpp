// SPDX-License-Identifier: Apache-2.0
//
// Where this capability's entries on a person's timeline come from (registered in
// app/capabilities.cpp; see care/timeline/timeline_source.hpp for the columns).
// Tasks and referrals share a table; each change of state is an entry.
#pragma once

#include "care/timeline/timeline_source.hpp"

namespace lcn::store {

inline TimelineSource TaskTimeline() {
  static constexpr TimelineType kTypes[] = {{"task", "Task", "Tasks"},
                                            {"referral", "Referral", "Referrals"}};
  return TimelineSource{
      .types = kTypes,
      .select =
          "SELECT t.kind AS type, e.changed_at AS at, e.to_state AS event, "
          "t.id AS ref_id, t.title AS label, e.note AS detail, "
          "u.display_name AS by_name, 0 AS in_error FROM task_events e "
          "JOIN tasks t ON t.id = e.task_id LEFT JOIN users u ON u.id = e.changed_by "
          "WHERE t.person_id = ${person}"};
}

}  // namespace lcn::store
