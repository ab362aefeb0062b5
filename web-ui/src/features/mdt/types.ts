// Shapes of the MDT meetings and continual review API (docs/care-coordination.md,
// "MDT meetings" and "Continual review"): the server's (core/api/schemas.ts;
// src/care/mdt/mdt_schemas.cpp and src/care/reviews/review_schemas.cpp).

import type { Schemas } from '../../core/api/schemas';

export type MeetingState = Schemas['MdtMeetingState'];
export type CaseSource = Schemas['MdtCaseSource'];
export type MdtDecision = Schemas['MdtDecision'];

export type UserRef = Schemas['MdtUserRef'];
export type PersonRef = Schemas['MdtPersonRef'];

/** A meeting's summary. */
export type Meeting = Schemas['MdtMeeting'];
export type Attendee = Schemas['MdtAttendee'];
export type MeetingChange = Schemas['MdtMeetingChange'];
/** A meeting with attendees, history (oldest first), the states the signed-in user may move it
 * to and, when read, its case list (people outside the user's relationships counted in `withheld`). */
export type MeetingDetail = Schemas['MdtMeetingDetail'];

/** A task or referral an outcome's action became. */
export type CaseTask = Schemas['MdtCaseTask'];
export type Outcome = Schemas['MdtOutcome'];
export type MdtCase = Schemas['MdtCase'];
export type CaseDetail = Schemas['MdtCaseDetail'];
export type PersonMdtCase = Schemas['PersonMdtCase'];

export type Suggestion = Schemas['MdtSuggestion'];
export type Suggestions = Schemas['MdtSuggestions'];

/** What POST /mdt/meetings takes. */
export type NewMeeting = Schemas['MdtMeetingCreate'];
/** What POST /mdt/meetings/{id}/state takes. */
export type MeetingStateChange = Schemas['MdtMeetingStateChange'];
/** What POST /mdt/meetings/{id}/attendees takes: a member of staff or a guest. */
export type NewAttendee = Schemas['MdtAttendeeAdd'];
/** What POST /mdt/meetings/{id}/cases takes. */
export type NewCase = Schemas['MdtCaseAdd'];
export type OutcomeAction = Schemas['MdtOutcomeAction'];
/** What PUT /mdt/meetings/{id}/cases/{caseId}/outcome takes. */
export type NewOutcome = Schemas['MdtOutcomeRecord'];

export type ReviewItem = Schemas['ReviewItem'];
export type Reviews = Schemas['ReviewList'];
