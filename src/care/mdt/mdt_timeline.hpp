// SPDX-License-Identifier: Apache-2.0
//
// Where this capability's entries on a person's timeline come from (registered in
// app/capabilities.cpp; see care/timeline/timeline_source.hpp for the columns).
// Being put on an MDT's case list, and the outcome the meeting recorded.
#pragma once

#include "care/timeline/timeline_source.hpp"

namespace lcn::store {

inline TimelineSource MdtTimeline() {
  static constexpr TimelineType kTypes[] = {{"mdt", "MDT", "MDT meetings"}};
  return TimelineSource{
      .types = kTypes,
      .select =
          "SELECT 'mdt' AS type, c.added_at AS at, 'listed' AS event, c.id AS ref_id, "
          "m.title AS label, c.reason AS detail, u.display_name AS by_name, "
          "0 AS in_error FROM mdt_cases c JOIN mdt_meetings m ON m.id = c.meeting_id "
          "JOIN users u ON u.id = c.added_by WHERE c.person_id = ${person} "
          "UNION ALL "
          "SELECT 'mdt', c.outcome_at, c.decision, c.id, m.title, c.summary, "
          "u.display_name, 0 FROM mdt_cases c "
          "JOIN mdt_meetings m ON m.id = c.meeting_id "
          "LEFT JOIN users u ON u.id = c.outcome_by "
          "WHERE c.person_id = ${person} AND c.outcome_at IS NOT NULL"};
}

}  // namespace lcn::store
