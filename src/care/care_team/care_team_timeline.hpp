// SPDX-License-Identifier: Apache-2.0
//
// Where this capability's entries on a person's timeline come from (registered in
// app/capabilities.cpp; see care/timeline/timeline_source.hpp for the columns).
#pragma once

#include "care/timeline/timeline_source.hpp"

namespace lcn::store {

inline TimelineSource CareTeamTimeline() {
  static constexpr TimelineType kTypes[] = {{"care_team", "Care team", "Care team"}};
  return TimelineSource{.types = kTypes,
                        .select =
                            "SELECT 'care_team' AS type, c.started_at AS at, 'joined' AS event, "
                            "c.id AS ref_id, COALESCE(mu.display_name, t.name, o.name) AS label, "
                            "c.role AS detail, u.display_name AS by_name, 0 AS in_error "
                            "FROM care_team_members c LEFT JOIN users mu ON mu.id = c.user_id "
                            "LEFT JOIN teams t ON t.id = c.team_id "
                            "LEFT JOIN organisations o ON o.id = c.organisation_id "
                            "LEFT JOIN users u ON u.id = c.added_by WHERE c.person_id = ${person} "
                            "UNION ALL "
                            "SELECT 'care_team', c.ended_at, 'left', c.id, "
                            "COALESCE(mu.display_name, t.name, o.name), c.end_reason, NULL, 0 "
                            "FROM care_team_members c LEFT JOIN users mu ON mu.id = c.user_id "
                            "LEFT JOIN teams t ON t.id = c.team_id "
                            "LEFT JOIN organisations o ON o.id = c.organisation_id "
                            "WHERE c.person_id = ${person} AND c.ended_at IS NOT NULL"};
}

}  // namespace lcn::store
