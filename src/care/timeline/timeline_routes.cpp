// SPDX-License-Identifier: Apache-2.0
#include "care/timeline/timeline_routes.hpp"

#include <memory>

#include "care/timeline/timeline_handlers.hpp"

namespace lcn::api {

std::vector<Route> TimelineRoutes(std::span<const store::TimelineSource> sources) {
  // The sources are copied into the handler, which outlives this call.
  auto registered =
      std::make_shared<const std::vector<store::TimelineSource>>(sources.begin(), sources.end());
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  return {
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/timeline",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = [registered](const Request& req,
                               const Call& call) { return h::GetTimeline(req, call, *registered); },
       .summary =
           "Everything that happened in a person's care, newest first: assessments, About me and "
           "plan versions, tasks and referrals, enrolment, care-team changes, MDT outcomes and "
           "notes (needs a legitimate relationship; audited)",
       .tag = "care coordination",
       .query = {{"types",
                  "comma-separated: assessment, about_me, care_plan, task, referral, mdt, note, "
                  "enrolment, care_team (default: all)"},
                 {"from", "on or after this date (YYYY-MM-DD)"},
                 {"to", "on or before this date (YYYY-MM-DD)"},
                 {"offset", "skip this many"},
                 {"limit", "at most this many, 1-200 (default 50)"}}},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/notes",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::ListNotes,
       .summary = "The care team's notes about a person, newest first (audited)",
       .tag = "care coordination"},
      {.method = M::kPost,
       .path = "/api/v1/people/{id}/notes",
       .permission = Permission::kNoteWrite,
       .person_data = true,
       .handler = h::AddNote,
       .summary =
           "Write a note about a person in your care: a plain note, a phone call, a home or clinic "
           "visit, a message or a meeting (audited)",
       .tag = "care coordination",
       .body = "{kind?: note|phone_call|home_visit|clinic_visit|message|meeting, text}",
       .success_status = 201},
      {.method = M::kPost,
       .path = "/api/v1/people/{id}/notes/{noteId}/entered-in-error",
       .permission = Permission::kNoteWrite,
       .person_data = true,
       .handler = h::MarkNoteInError,
       .summary =
           "Mark your own note as written in error, with the reason; it is kept and shown struck "
           "through",
       .tag = "care coordination",
       .body = "{reason}"},
  };
}

}  // namespace lcn::api
