// SPDX-License-Identifier: Apache-2.0
//
// Who may do what with an MDT meeting. Organisers (the chair, and anyone whose worklist reach
// covers every GP practice of the meeting's area: docs/security.md) change the meeting, its
// state and its attendee list; participants (organisers and the staff on the attendee list)
// read it and work on its case list, outcomes and minutes. The role part (mdt:read,
// mdt:write) is the route's. The refusals here are Error(kForbidden) not marked as audited:
// they concern a meeting, not one person's record, and the request boundary records them
// (api::Router). Used by the MDT services and the review services; stateless.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "care/mdt/mdt_repository.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::care {

struct MeetingAccess {
  store::MdtMeeting meeting;
  bool organiser = false;    // chairs it, or reaches every practice of its area
  bool participant = false;  // an organiser, or on its attendee list
};

// The GP practices of an area, all within the caller's reach (as for worklists).
struct AreaPracticeScope {
  std::vector<std::string> practices;       // ODS codes, in the organisations' order
  std::map<std::string, std::int64_t> ids;  // ODS code -> organisation id
  std::string description;                  // for the audit row: "area <id>"
};

// True when the area has GP practices and `who`'s worklist reach covers all of them.
bool ReachesArea(sql::Transaction& tx, const auth::Principal& who, AreaId area);

// The GP practices of `area` (those with an ODS code). Error(kNotFound) when there is no such
// area; Error(kForbidden) when `who` does not reach them all, as for worklists.
AreaPracticeScope AreaPractices(sql::Transaction& tx, const auth::Principal& who, AreaId area);

// Meeting `id` and `who`'s part in it. Error(kNotFound) when there is no such meeting;
// Error(kForbidden) when `who` is not a participant.
MeetingAccess OpenMeeting(sql::Transaction& tx, const auth::Principal& who, MeetingId id);

// As OpenMeeting, and Error(kForbidden) unless `who` is an organiser.
MeetingAccess OpenMeetingAsOrganiser(sql::Transaction& tx, const auth::Principal& who,
                                     MeetingId id);

}  // namespace lcn::care
