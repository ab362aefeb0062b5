// SPDX-License-Identifier: Apache-2.0
//
// The handlers of MDT meetings, their case lists and outcomes, and continual review lists
// (docs/care-coordination.md), one group per file. Each is a plain function that tests can call
// in-process; api/mdt_routes.cpp puts them in the route table.
#pragma once

#include "api/router.hpp"

namespace lcn::api::handlers {

// mdt_meeting_handlers.cpp
Response ListMdtMeetings(const Request& req, const Call& call);
Response CreateMdtMeeting(const Request& req, const Call& call);
Response GetMdtMeeting(const Request& req, const Call& call);
Response UpdateMdtMeeting(const Request& req, const Call& call);
Response ChangeMdtMeetingState(const Request& req, const Call& call);
Response SaveMdtMinutes(const Request& req, const Call& call);

// mdt_attendee_handlers.cpp
Response AddMdtAttendee(const Request& req, const Call& call);
Response UpdateMdtAttendee(const Request& req, const Call& call);
Response RemoveMdtAttendee(const Request& req, const Call& call);

// mdt_case_handlers.cpp
Response AddMdtCase(const Request& req, const Call& call);
Response GetMdtCase(const Request& req, const Call& call);
Response RemoveMdtCase(const Request& req, const Call& call);
Response GetPersonMdtCases(const Request& req, const Call& call);

// mdt_outcome_handlers.cpp
Response RecordMdtOutcome(const Request& req, const Call& call);

}  // namespace lcn::api::handlers
