// SPDX-License-Identifier: Apache-2.0
//
// Where this capability's entries on a person's timeline come from (registered in
// app/capabilities.cpp; see care/timeline/timeline_source.hpp for the columns).
#pragma once

#include "care/timeline/timeline_source.hpp"

namespace lcn::store {

inline TimelineSource NoteTimeline() {
  static constexpr TimelineType kTypes[] = {{"note", "Note", "Notes"}};
  return TimelineSource{
      .types = kTypes,
      .select =
          "SELECT 'note' AS type, n.written_at AS at, n.kind AS event, n.id AS ref_id, "
          "n.kind AS label, n.text AS detail, u.display_name AS by_name, "
          "CASE WHEN n.in_error_at IS NULL THEN 0 ELSE 1 END AS in_error "
          "FROM person_notes n JOIN users u ON u.id = n.written_by "
          "WHERE n.person_id = ${person}"};
}

}  // namespace lcn::store
