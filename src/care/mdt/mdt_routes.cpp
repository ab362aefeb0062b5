// SPDX-License-Identifier: Apache-2.0
#include "care/mdt/mdt_routes.hpp"

#include "care/mdt/mdt_handlers.hpp"

namespace lcn::api {

std::vector<Route> MdtRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  return {
      {.method = M::kGet,
       .path = "/api/v1/mdt/meetings",
       .permission = Permission::kMdtRead,
       .person_data = true,
       .handler = h::ListMdtMeetings,
       .summary =
           "MDT meetings: an area's (needs reach over its practices, as worklists), or those you "
           "chair or attend, earliest first",
       .tag = "mdt",
       .query = {{"areaId", "the meetings of this network or neighbourhood"},
                 {"from", "starting on or after this day, YYYY-MM-DD"},
                 {"to", "starting on or before this day, YYYY-MM-DD"},
                 {"state", "scheduled, held, closed or cancelled"}}},
      {.method = M::kPost,
       .path = "/api/v1/mdt/meetings",
       .permission = Permission::kMdtWrite,
       .person_data = true,
       .handler = h::CreateMdtMeeting,
       .summary = "Schedule an MDT meeting for a network or neighbourhood within your reach",
       .tag = "mdt",
       .body = "{areaId, title, startsAt (ISO 8601 with zone), durationMinutes?, location?, "
               "videoLink?, "
               "chairUserId?}",
       .success_status = 201},
      {.method = M::kGet,
       .path = "/api/v1/mdt/meetings/{id}",
       .permission = Permission::kMdtRead,
       .person_data = true,
       .handler = h::GetMdtMeeting,
       .summary =
           "A meeting with its attendees, case list (each person an audited access decision; those "
           "outside your relationships withheld), history and the changes you may make",
       .tag = "mdt"},
      {.method = M::kPut,
       .path = "/api/v1/mdt/meetings/{id}",
       .permission = Permission::kMdtWrite,
       .person_data = true,
       .handler = h::UpdateMdtMeeting,
       .summary = "Change a scheduled meeting's title, time, place or chair (chair or area reach; "
                  "send the "
                  "version you read)",
       .tag = "mdt",
       .body = "{title, startsAt, durationMinutes?, location?, videoLink?, chairUserId?, version}"},
      {.method = M::kPost,
       .path = "/api/v1/mdt/meetings/{id}/state",
       .permission = Permission::kMdtWrite,
       .person_data = true,
       .handler = h::ChangeMdtMeetingState,
       .summary = "Scheduled > held > closed, or cancelled (with a reason) before it is held; 409 "
                  "with the "
                  "allowed changes when illegal",
       .tag = "mdt",
       .body = "{state, version, reason?}"},
      {.method = M::kPut,
       .path = "/api/v1/mdt/meetings/{id}/minutes",
       .permission = Permission::kMdtWrite,
       .person_data = true,
       .handler = h::SaveMdtMinutes,
       .summary = "Write the minutes of a held meeting (send the version you read)",
       .tag = "mdt",
       .body = "{text, version}"},
      {.method = M::kPost,
       .path = "/api/v1/mdt/meetings/{id}/attendees",
       .permission = Permission::kMdtWrite,
       .person_data = true,
       .handler = h::AddMdtAttendee,
       .summary =
           "Invite a member of staff from any organisation, or name a guest (scheduled meetings)",
       .tag = "mdt",
       .body = "{userId} | {guestName, guestOrganisation?}",
       .success_status = 201},
      {.method = M::kPut,
       .path = "/api/v1/mdt/meetings/{id}/attendees/{attendeeId}",
       .permission = Permission::kMdtWrite,
       .person_data = true,
       .handler = h::UpdateMdtAttendee,
       .summary = "Record whether an attendee came (held meetings)",
       .tag = "mdt",
       .body = "{attended}"},
      {.method = M::kDelete,
       .path = "/api/v1/mdt/meetings/{id}/attendees/{attendeeId}",
       .permission = Permission::kMdtWrite,
       .person_data = true,
       .handler = h::RemoveMdtAttendee,
       .summary = "Take an attendee off a scheduled meeting",
       .tag = "mdt",
       .success_status = 204},
      {.method = M::kPost,
       .path = "/api/v1/mdt/meetings/{id}/cases",
       .permission = Permission::kMdtWrite,
       .person_data = true,
       .handler = h::AddMdtCase,
       .summary =
           "Put a person on the case list (needs your own standing relationship with them); the "
           "meeting's chair and attendees then have the mdt-case-list relationship",
       .tag = "mdt",
       .body = "{personId, reason, source?: worklist|referral|review_due|mdt_review|added_by_hand}",
       .success_status = 201},
      {.method = M::kGet,
       .path = "/api/v1/mdt/meetings/{id}/cases/{caseId}",
       .permission = Permission::kMdtRead,
       .person_data = true,
       .handler = h::GetMdtCase,
       .summary = "One case with its outcome and the tasks its actions became (audited)",
       .tag = "mdt"},
      {.method = M::kDelete,
       .path = "/api/v1/mdt/meetings/{id}/cases/{caseId}",
       .permission = Permission::kMdtWrite,
       .person_data = true,
       .handler = h::RemoveMdtCase,
       .summary = "Take a case off the list before the meeting is held",
       .tag = "mdt",
       .success_status = 204},
      {.method = M::kPut,
       .path = "/api/v1/mdt/meetings/{id}/cases/{caseId}/outcome",
       .permission = Permission::kMdtWrite,
       .person_data = true,
       .handler = h::RecordMdtOutcome,
       .summary =
           "Record the outcome for one person at a held meeting; each action becomes a task or "
           "referral requested by you (send the case version you read)",
       .tag = "mdt",
       .body =
           "{summary, decision: continue_plan|update_plan|refer|escalate|discharge_from_mdt|"
           "no_change, nextReviewDate?, actions?: [{title, details?, assignee: {userId | teamId | "
           "organisationId}, dueDate?, priority?, service?}], version}"},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/mdt",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::GetPersonMdtCases,
       .summary = "A person's MDT discussions, latest first, with outcomes and tasks",
       .tag = "mdt"},
  };
}

}  // namespace lcn::api
