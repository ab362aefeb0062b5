// SPDX-License-Identifier: Apache-2.0
//
// Who may do what with an MDT meeting. Organisers (the chair, and anyone whose worklist reach
// covers every GP practice of the meeting's area: docs/security.md) change the meeting, its
// state and its attendee list; participants (organisers and the staff on the attendee list)
// read it and work on its case list, outcomes and minutes. The role part (mdt:read,
// mdt:write) is the route's. Internal to the MDT handlers.
#pragma once

#include <cstdint>

#include "api/handlers/worklist_scope.hpp"
#include "api/service_context.hpp"
#include "care/mdt/mdt_repository.hpp"
#include "sql/database.hpp"

namespace lcn::api::handlers {

struct MeetingAccess {
  store::MdtMeeting meeting;
  bool organiser = false;    // chairs it, or reaches every practice of its area
  bool participant = false;  // an organiser, or on its attendee list
};

// True when the area has GP practices and the caller's worklist reach covers all of them.
bool ReachesArea(sql::Transaction& tx, const Call& call, AreaId area);

// The GP practices of `area` (all within the caller's reach). Error(kForbidden) when the
// caller does not reach them all, as for worklists.
WorklistScope AreaPractices(sql::Transaction& tx, const Call& call, AreaId area);

// Meeting `id` and the caller's part in it. Error(kNotFound) when there is no such meeting;
// Error(kForbidden) when the caller is not a participant.
MeetingAccess OpenMeeting(sql::Transaction& tx, const Call& call, std::int64_t id);

// As OpenMeeting, and Error(kForbidden) unless the caller is an organiser.
MeetingAccess OpenMeetingAsOrganiser(sql::Transaction& tx, const Call& call, std::int64_t id);

}  // namespace lcn::api::handlers
