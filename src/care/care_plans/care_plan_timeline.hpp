// SPDX-License-Identifier: Apache-2.0
//
// Where this capability's entries on a person's timeline come from (registered in
// app/capabilities.cpp; see care/timeline/timeline_source.hpp for the columns).
#pragma once

#include "care/timeline/timeline_source.hpp"

namespace lcn::store {

inline TimelineSource CarePlanTimeline() {
  static constexpr TimelineType kTypes[] = {{"care_plan", "Care plan", "Care plan"}};
  return TimelineSource{
      .types = kTypes,
      .select =
          "SELECT 'care_plan' AS type, v.recorded_at AS at, "
          "CASE WHEN v.status = 'agreed' THEN 'agreed' ELSE 'draft_saved' END AS event, "
          "v.version AS ref_id, 'version ' || CAST(v.version AS TEXT) AS label, "
          "v.change_note AS detail, u.display_name AS by_name, 0 AS in_error "
          "FROM care_plan_versions v JOIN users u ON u.id = v.recorded_by "
          "WHERE v.person_id = ${person}"};
}

}  // namespace lcn::store
