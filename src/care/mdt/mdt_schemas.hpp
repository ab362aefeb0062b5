// SPDX-License-Identifier: Apache-2.0
//
// The wire contract of MDT meetings, attendees, case lists and outcomes: the JSON Schemas of
// their request and response bodies, beside the JSON mapping (mdt_json.cpp and the handlers).
// The API tests check every exchange against them. Continual review (care/reviews) reuses the
// shared pieces.
#pragma once

#include "api/schema.hpp"

namespace lcn::api {

// Shared with continual review.
// A person as MDT lists name them: {id, givenName, familyName, nhsNumber, birthDate}.
schema::Schema MdtPersonRefSchema();
// A member of staff as MDT records name them: {userId, name}.
schema::Schema MdtUserRefSchema();
// Where a person on a case list came from.
schema::Schema MdtCaseSourceSchema();

// Requests.
// POST /mdt/meetings.
schema::Schema MdtMeetingCreateSchema();
// PUT /mdt/meetings/{id}.
schema::Schema MdtMeetingUpdateSchema();
// POST /mdt/meetings/{id}/state.
schema::Schema MdtMeetingStateChangeSchema();
// PUT /mdt/meetings/{id}/minutes.
schema::Schema MdtMinutesSaveSchema();
// POST /mdt/meetings/{id}/attendees: a member of staff or a guest.
schema::Schema MdtAttendeeAddSchema();
// PUT /mdt/meetings/{id}/attendees/{attendeeId}.
schema::Schema MdtAttendanceSchema();
// POST /mdt/meetings/{id}/cases.
schema::Schema MdtCaseAddSchema();
// PUT /mdt/meetings/{id}/cases/{caseId}/outcome.
schema::Schema MdtOutcomeRecordSchema();

// Responses.
// {items: [meeting summary]}.
schema::Schema MdtMeetingListSchema();
// A meeting with attendees, history, the changes allowed and (when read) its case list.
schema::Schema MdtMeetingDetailSchema();
// {items: [attendee]}.
schema::Schema MdtAttendeeListSchema();
// One case with its outcome and tasks.
schema::Schema MdtCaseSchema();
// One case with its meeting and the decisions an outcome may take.
schema::Schema MdtCaseDetailSchema();
// {items: [a person's case with its meeting's summary]}.
schema::Schema PersonMdtCaseListSchema();

}  // namespace lcn::api
