// SPDX-License-Identifier: Apache-2.0
//
// Where this capability's entries on a person's timeline come from (registered in
// app/capabilities.cpp; see care/timeline/timeline_source.hpp for the columns).
// A correction is dated when it was written; the assessment it corrects keeps its date.
#pragma once

#include "care/timeline/timeline_source.hpp"

namespace lcn::store {

inline TimelineSource AssessmentTimeline() {
  static constexpr TimelineType kTypes[] = {{"assessment", "Assessment", "Assessments"}};
  return TimelineSource{
      .types = kTypes,
      .select =
          "SELECT 'assessment' AS type, CASE WHEN a.corrects IS NULL THEN a.completed_at "
          "ELSE COALESCE(a.recorded_at, a.completed_at) END AS at, "
          "CASE WHEN a.corrects IS NULL THEN 'recorded' ELSE 'corrected' END AS event, "
          "a.id AS ref_id, a.questionnaire AS label, "
          "CASE WHEN a.total IS NULL THEN a.band "
          "ELSE CAST(a.total AS TEXT) || COALESCE(' (' || a.band || ')', '') END "
          "AS detail, u.display_name AS by_name, "
          "CASE WHEN a.entered_in_error_at IS NULL THEN 0 ELSE 1 END AS in_error "
          "FROM assessments a JOIN users u ON u.id = a.completed_by "
          "WHERE a.person_id = ${person}"};
}

}  // namespace lcn::store
