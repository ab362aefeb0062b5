// SPDX-License-Identifier: Apache-2.0
#include "api/mdt_routes.hpp"

// As in routes.cpp, the table leaves trailing documentation fields at their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "api/handlers/mdt_handlers.hpp"

namespace lcn::api {

std::vector<Route> MdtRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  return {
      {M::kGet,
       "/api/v1/mdt/meetings",
       Permission::kMdtRead,
       h::ListMdtMeetings,
       "MDT meetings: an area's (needs reach over its practices, as worklists), or those you "
       "chair or attend, earliest first",
       "mdt",
       {{"areaId", "the meetings of this network or neighbourhood"},
        {"from", "starting on or after this day, YYYY-MM-DD"},
        {"to", "starting on or before this day, YYYY-MM-DD"},
        {"state", "scheduled, held, closed or cancelled"}}},
      {M::kPost,
       "/api/v1/mdt/meetings",
       Permission::kMdtWrite,
       h::CreateMdtMeeting,
       "Schedule an MDT meeting for a network or neighbourhood within your reach",
       "mdt",
       {},
       "{areaId, title, startsAt (ISO 8601 with zone), durationMinutes?, location?, videoLink?, "
       "chairUserId?}",
       201},
      {M::kGet, "/api/v1/mdt/meetings/{id}", Permission::kMdtRead, h::GetMdtMeeting,
       "A meeting with its attendees, case list (each person an audited access decision; those "
       "outside your relationships withheld), history and the changes you may make",
       "mdt"},
      {M::kPut,
       "/api/v1/mdt/meetings/{id}",
       Permission::kMdtWrite,
       h::UpdateMdtMeeting,
       "Change a scheduled meeting's title, time, place or chair (chair or area reach; send the "
       "version you read)",
       "mdt",
       {},
       "{title, startsAt, durationMinutes?, location?, videoLink?, chairUserId?, version}"},
      {M::kPost,
       "/api/v1/mdt/meetings/{id}/state",
       Permission::kMdtWrite,
       h::ChangeMdtMeetingState,
       "Scheduled > held > closed, or cancelled (with a reason) before it is held; 409 with the "
       "allowed changes when illegal",
       "mdt",
       {},
       "{state, version, reason?}"},
      {M::kPut,
       "/api/v1/mdt/meetings/{id}/minutes",
       Permission::kMdtWrite,
       h::SaveMdtMinutes,
       "Write the minutes of a held meeting (send the version you read)",
       "mdt",
       {},
       "{text, version}"},
      {M::kPost,
       "/api/v1/mdt/meetings/{id}/attendees",
       Permission::kMdtWrite,
       h::AddMdtAttendee,
       "Invite a member of staff from any organisation, or name a guest (scheduled meetings)",
       "mdt",
       {},
       "{userId} | {guestName, guestOrganisation?}",
       201},
      {M::kPut,
       "/api/v1/mdt/meetings/{id}/attendees/{attendeeId}",
       Permission::kMdtWrite,
       h::UpdateMdtAttendee,
       "Record whether an attendee came (held meetings)",
       "mdt",
       {},
       "{attended}"},
      {M::kDelete,
       "/api/v1/mdt/meetings/{id}/attendees/{attendeeId}",
       Permission::kMdtWrite,
       h::RemoveMdtAttendee,
       "Take an attendee off a scheduled meeting",
       "mdt",
       {},
       "",
       204},
      {M::kGet,
       "/api/v1/mdt/meetings/{id}/suggestions",
       Permission::kMdtWrite,
       h::GetMdtSuggestions,
       "People the meeting might discuss, from its area: MDT and care plan reviews due by the "
       "meeting's day, open referrals, the top of the case-finding worklist; not people who had "
       "died or left their practice by that day (audited)",
       "mdt",
       {{"limit", "at most this many from the worklist, 0-100 (default 20)"}}},
      {M::kPost,
       "/api/v1/mdt/meetings/{id}/cases",
       Permission::kMdtWrite,
       h::AddMdtCase,
       "Put a person on the case list (needs your own standing relationship with them); the "
       "meeting's chair and attendees then have the mdt-case-list relationship",
       "mdt",
       {},
       "{personId, reason, source?: worklist|referral|review_due|mdt_review|added_by_hand}",
       201},
      {M::kGet, "/api/v1/mdt/meetings/{id}/cases/{caseId}", Permission::kMdtRead, h::GetMdtCase,
       "One case with its outcome and the tasks its actions became (audited)", "mdt"},
      {M::kDelete,
       "/api/v1/mdt/meetings/{id}/cases/{caseId}",
       Permission::kMdtWrite,
       h::RemoveMdtCase,
       "Take a case off the list before the meeting is held",
       "mdt",
       {},
       "",
       204},
      {M::kPut,
       "/api/v1/mdt/meetings/{id}/cases/{caseId}/outcome",
       Permission::kMdtWrite,
       h::RecordMdtOutcome,
       "Record the outcome for one person at a held meeting; each action becomes a task or "
       "referral requested by you (send the case version you read)",
       "mdt",
       {},
       "{summary, decision: continue_plan|update_plan|refer|escalate|discharge_from_mdt|"
       "no_change, nextReviewDate?, actions?: [{title, details?, assignee: {userId | teamId | "
       "organisationId}, dueDate?, priority?, service?}], version}"},
      {M::kGet, "/api/v1/people/{id}/mdt", Permission::kPersonRead, h::GetPersonMdtCases,
       "A person's MDT discussions, latest first, with outcomes and tasks", "mdt"},
      {M::kGet,
       "/api/v1/reviews",
       Permission::kMdtRead,
       h::ListReviews,
       "Continual review: people whose care plan or MDT review is due within withinDays or "
       "overdue; yours as key worker, or an area's for its MDT (audited). Never people who have "
       "died; people who left their practice only on their key worker's list (leftPractice)",
       "mdt",
       {{"box", "mine (default)"},
        {"areaId", "instead of box: everyone at this area's practices (reach as worklists)"},
        {"withinDays", "due within this many days, 0-365 (default 14)"}}},
  };
}

}  // namespace lcn::api
