// SPDX-License-Identifier: Apache-2.0
#include "care/timeline/timeline_routes.hpp"

#include <memory>

#include "care/timeline/timeline_handlers.hpp"
#include "care/timeline/timeline_schemas.hpp"

namespace lcn::api {

std::vector<Route> TimelineRoutes(std::span<const store::TimelineSource> sources) {
  // The sources are copied into the handler, which outlives this call.
  auto registered =
      std::make_shared<const std::vector<store::TimelineSource>>(sources.begin(), sources.end());
  namespace h = handlers;
  const schema::Schema day = schema::Date();
  using auth::Permission;
  using M = Method;
  return {
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/timeline",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = [registered](const Request& req,
                               const Call& call) { return h::GetTimeline(req, call, *registered); },
       .operation_id = "getTimeline",
       .summary =
           "Everything that happened in a person's care, newest first: assessments, About me and "
           "plan versions, tasks and referrals, enrolment, care-team changes, MDT outcomes and "
           "notes (needs a legitimate relationship; audited)",
       .tag = "care coordination",
       .query = {{"types",
                  "comma-separated: assessment, about_me, care_plan, task, referral, mdt, note, "
                  "enrolment, care_team (default: all)"},
                 {"from", "on or after this date (YYYY-MM-DD)", false, day},
                 {"to", "on or before this date (YYYY-MM-DD)", false, day},
                 {"offset",
                  "skip this many",
                  false,
                  {{"type", "integer"}, {"minimum", 0}, {"maximum", 100000}}},
                 {"limit",
                  "at most this many, 1-200 (default 50)",
                  false,
                  {{"type", "integer"}, {"minimum", 1}, {"maximum", 200}}}},
       .response = TimelinePageSchema()},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/notes",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::ListNotes,
       .operation_id = "listNotes",
       .summary = "The care team's notes about a person, newest first (audited)",
       .tag = "care coordination",
       .response = NoteListSchema()},
      {.method = M::kPost,
       .path = "/api/v1/people/{id}/notes",
       .permission = Permission::kNoteWrite,
       .person_data = true,
       .handler = h::AddNote,
       .operation_id = "addNote",
       .summary =
           "Write a note about a person in your care: a plain note, a phone call, a home or clinic "
           "visit, a message or a meeting (audited)",
       .tag = "care coordination",
       .request = NoteAddSchema(),
       .response = NoteSchema(),
       .success_status = 201},
      {.method = M::kPost,
       .path = "/api/v1/people/{id}/notes/{noteId}/entered-in-error",
       .permission = Permission::kNoteWrite,
       .person_data = true,
       .handler = h::MarkNoteInError,
       .operation_id = "markNoteInError",
       .summary =
           "Mark your own note as written in error, with the reason; it is kept and shown struck "
           "through",
       .tag = "care coordination",
       .request = NoteInErrorSchema(),
       .response = NoteSchema()},
  };
}

}  // namespace lcn::api
