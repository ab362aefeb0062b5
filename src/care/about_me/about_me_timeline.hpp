// SPDX-License-Identifier: Apache-2.0
//
// Where this capability's entries on a person's timeline come from (registered in
// app/capabilities.cpp; see care/timeline/timeline_source.hpp for the columns).
#pragma once

#include "care/timeline/timeline_source.hpp"

namespace lcn::store {

inline TimelineSource AboutMeTimeline() {
  static constexpr TimelineType kTypes[] = {{"about_me", "About me", "About me"}};
  return TimelineSource{.types = kTypes,
                        .select =
                            "SELECT 'about_me' AS type, v.recorded_at AS at, "
                            "CASE WHEN v.version = 1 THEN 'written' ELSE 'updated' END AS event, "
                            "v.version AS ref_id, v.written_by AS label, v.note AS detail, "
                            "u.display_name AS by_name, 0 AS in_error FROM about_me_versions v "
                            "JOIN users u ON u.id = v.recorded_by WHERE v.person_id = ${person}"};
}

}  // namespace lcn::store
