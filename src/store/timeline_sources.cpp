// SPDX-License-Identifier: Apache-2.0
#include "store/timeline_sources.hpp"

#include <array>

namespace lcn::store {
namespace {

// Every SELECT gives the same columns, in the same order; text columns are cast so that
// PostgreSQL and SQLite agree on their types.
constexpr std::array kSources = {
    // A correction is dated when it was written; the assessment it corrects keeps its date.
    TimelineSource{"assessment",
                   "SELECT 'assessment' AS type, CASE WHEN a.corrects IS NULL THEN a.completed_at "
                   "ELSE COALESCE(a.recorded_at, a.completed_at) END AS at, "
                   "CASE WHEN a.corrects IS NULL THEN 'recorded' ELSE 'corrected' END AS event, "
                   "a.id AS ref_id, a.questionnaire AS label, "
                   "CASE WHEN a.total IS NULL THEN a.band "
                   "ELSE CAST(a.total AS TEXT) || COALESCE(' (' || a.band || ')', '') END "
                   "AS detail, u.display_name AS by_name, "
                   "CASE WHEN a.entered_in_error_at IS NULL THEN 0 ELSE 1 END AS in_error "
                   "FROM assessments a JOIN users u ON u.id = a.completed_by "
                   "WHERE a.person_id = ${person}"},
    TimelineSource{"about_me",
                   "SELECT 'about_me' AS type, v.recorded_at AS at, "
                   "CASE WHEN v.version = 1 THEN 'written' ELSE 'updated' END AS event, "
                   "v.version AS ref_id, v.written_by AS label, v.note AS detail, "
                   "u.display_name AS by_name, 0 AS in_error FROM about_me_versions v "
                   "JOIN users u ON u.id = v.recorded_by WHERE v.person_id = ${person}"},
    TimelineSource{"care_plan",
                   "SELECT 'care_plan' AS type, v.recorded_at AS at, "
                   "CASE WHEN v.status = 'agreed' THEN 'agreed' ELSE 'draft_saved' END AS event, "
                   "v.version AS ref_id, 'version ' || CAST(v.version AS TEXT) AS label, "
                   "v.change_note AS detail, u.display_name AS by_name, 0 AS in_error "
                   "FROM care_plan_versions v JOIN users u ON u.id = v.recorded_by "
                   "WHERE v.person_id = ${person}"},
    // Being put on an MDT's case list, and the outcome the meeting recorded.
    TimelineSource{"mdt",
                   "SELECT 'mdt' AS type, c.added_at AS at, 'listed' AS event, c.id AS ref_id, "
                   "m.title AS label, c.reason AS detail, u.display_name AS by_name, "
                   "0 AS in_error FROM mdt_cases c JOIN mdt_meetings m ON m.id = c.meeting_id "
                   "JOIN users u ON u.id = c.added_by WHERE c.person_id = ${person} "
                   "UNION ALL "
                   "SELECT 'mdt', c.outcome_at, c.decision, c.id, m.title, c.summary, "
                   "u.display_name, 0 FROM mdt_cases c "
                   "JOIN mdt_meetings m ON m.id = c.meeting_id "
                   "LEFT JOIN users u ON u.id = c.outcome_by "
                   "WHERE c.person_id = ${person} AND c.outcome_at IS NOT NULL"},
    TimelineSource{"enrolment",
                   "SELECT 'enrolment' AS type, e.changed_at AS at, e.to_state AS event, "
                   "e.id AS ref_id, COALESCE(e.from_state, '') AS label, "
                   "COALESCE(e.reason, e.agreement) AS detail, u.display_name AS by_name, "
                   "0 AS in_error FROM enrolment_events e "
                   "LEFT JOIN users u ON u.id = e.changed_by WHERE e.person_id = ${person}"},
    TimelineSource{"care_team",
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
                   "WHERE c.person_id = ${person} AND c.ended_at IS NOT NULL"},
    // Tasks and referrals share a table; each change of state is an entry.
    TimelineSource{"task",
                   "SELECT t.kind AS type, e.changed_at AS at, e.to_state AS event, "
                   "t.id AS ref_id, t.title AS label, e.note AS detail, "
                   "u.display_name AS by_name, 0 AS in_error FROM task_events e "
                   "JOIN tasks t ON t.id = e.task_id LEFT JOIN users u ON u.id = e.changed_by "
                   "WHERE t.person_id = ${person}"},
    TimelineSource{"note",
                   "SELECT 'note' AS type, n.written_at AS at, n.kind AS event, n.id AS ref_id, "
                   "n.kind AS label, n.text AS detail, u.display_name AS by_name, "
                   "CASE WHEN n.in_error_at IS NULL THEN 0 ELSE 1 END AS in_error "
                   "FROM person_notes n JOIN users u ON u.id = n.written_by "
                   "WHERE n.person_id = ${person}"},
};

}  // namespace

std::span<const TimelineSource> TimelineSources() {
  return kSources;
}

}  // namespace lcn::store
