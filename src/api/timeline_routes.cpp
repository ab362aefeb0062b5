// SPDX-License-Identifier: Apache-2.0
#include "api/timeline_routes.hpp"

// As in routes.cpp, the table leaves trailing documentation fields at their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "api/handlers/timeline_handlers.hpp"

namespace lcn::api {

std::vector<Route> TimelineRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  return {
      {M::kGet,
       "/api/v1/people/{id}/timeline",
       Permission::kPersonRead,
       h::GetTimeline,
       "Everything that happened in a person's care, newest first: assessments, About me and "
       "plan versions, tasks and referrals, enrolment, care-team changes, MDT outcomes and "
       "notes (needs a legitimate relationship; audited)",
       "care coordination",
       {{"types",
         "comma-separated: assessment, about_me, care_plan, task, referral, mdt, note, "
         "enrolment, care_team (default: all)"},
        {"from", "on or after this date (YYYY-MM-DD)"},
        {"to", "on or before this date (YYYY-MM-DD)"},
        {"offset", "skip this many"},
        {"limit", "at most this many, 1-200 (default 50)"}}},
      {M::kGet, "/api/v1/people/{id}/notes", Permission::kPersonRead, h::ListNotes,
       "The care team's notes about a person, newest first (audited)", "care coordination"},
      {M::kPost,
       "/api/v1/people/{id}/notes",
       Permission::kNoteWrite,
       h::AddNote,
       "Write a note about a person in your care: a plain note, a phone call, a home or clinic "
       "visit, a message or a meeting (audited)",
       "care coordination",
       {},
       "{kind?: note|phone_call|home_visit|clinic_visit|message|meeting, text}",
       201},
      {M::kPost,
       "/api/v1/people/{id}/notes/{noteId}/entered-in-error",
       Permission::kNoteWrite,
       h::MarkNoteInError,
       "Mark your own note as written in error, with the reason; it is kept and shown struck "
       "through",
       "care coordination",
       {},
       "{reason}"},
  };
}

}  // namespace lcn::api
