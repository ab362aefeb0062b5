// SPDX-License-Identifier: Apache-2.0
//
// Where this capability's entries on a person's timeline come from (registered in
// app/capabilities.cpp; see care/timeline/timeline_source.hpp for the columns).
#pragma once

#include "care/timeline/timeline_source.hpp"

namespace lcn::store {

inline TimelineSource EnrolmentTimeline() {
  static constexpr TimelineType kTypes[] = {{"enrolment", "Enrolment", "Enrolment"}};
  return TimelineSource{
      .types = kTypes,
      .select =
          "SELECT 'enrolment' AS type, e.changed_at AS at, e.to_state AS event, "
          "e.id AS ref_id, COALESCE(e.from_state, '') AS label, "
          "COALESCE(e.reason, e.agreement) AS detail, u.display_name AS by_name, "
          "0 AS in_error FROM enrolment_events e "
          "LEFT JOIN users u ON u.id = e.changed_by WHERE e.person_id = ${person}"};
}

}  // namespace lcn::store
