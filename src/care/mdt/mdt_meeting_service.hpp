// SPDX-License-Identifier: Apache-2.0
//
// Meetings: the use cases of MDT meetings (docs/care-coordination.md) for every edge: list them
// (an area's, or those the caller chairs or attends), schedule one, read it with its attendees,
// case list and history, change its time, place or chair, move it through scheduled > held >
// closed (or cancelled), write its minutes, and keep its attendee list.
//
// A meeting is not one person's record, so these use cases do not run through
// auth::RunPersonUseCase; each runs in one read-write transaction (store::RunInTransaction).
// Who may take part is mdt_access.hpp's rule: a caller who may not is Error(kForbidden), not
// marked as audited, which the request boundary records as a refusal (nothing else is written).
// Reading the case list decides access to each person on it, audited as read-mdt-case in the
// same transaction; people outside the caller's relationships are withheld and counted.
// A change the meeting's state does not allow is Error(kConflict, kind "illegal-change", facts
// from and allowed); a stale version is Error(kConflict). Every failure leaves no data.
// Holds references only; cheap to construct per call; thread-safe as the database is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "care/mdt/mdt_case_repository.hpp"
#include "care/mdt/mdt_meeting_state.hpp"
#include "care/mdt/mdt_repository.hpp"
#include "care/tasks/task_repository.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::care {

// A meeting's time, place and chair, as read and checked by the edge (a title, a start not in
// the past, 5 to 720 minutes, an https:// video link).
struct MeetingDetails {
  std::string title;
  Micros starts_at = 0;
  std::int64_t duration_minutes = 60;
  std::optional<std::string> location;
  std::optional<std::string> video_link;
  std::optional<UserId> chair;  // scheduling: default the caller; changing: default unchanged
};

// One case on a meeting's list with the tasks its outcome's actions became.
struct MeetingCase {
  store::MdtCase c;
  std::vector<store::Task> tasks;
};

// A meeting as its participants see it.
struct MeetingView {
  store::MdtMeeting meeting;
  std::vector<store::MdtAttendee> attendees;
  std::vector<store::MdtMeetingEvent> history;
  std::vector<domain::MeetingState> allowed;  // the state changes the caller may make
  bool organiser = false;
  bool participant = false;
  // Read with the case list: the cases the caller may see, and how many were withheld.
  std::optional<std::vector<MeetingCase>> cases;
  int withheld = 0;
};

class Meetings {
 public:
  Meetings(sql::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // Meetings by start time. With `filter.area`: that area's, for callers whose worklist reach
  // covers every practice of it (Error(kNotFound) for no such area, Error(kForbidden)
  // otherwise); without: those `who` chairs or attends (`filter.user` is set to `who`).
  std::vector<store::MdtMeeting> List(const auth::Principal& who,
                                      store::MeetingFilter filter) const;

  // Schedules a meeting of `area` chaired by `details.chair` (default `who`), with its case
  // list. Error(kBadRequest) naming areaId unless the area is a network or neighbourhood, or
  // chairUserId unless the chair is an active member of staff whose role holds mdt:write;
  // Error(kForbidden) when `who` does not reach every practice of the area.
  MeetingView Schedule(const auth::Principal& who, AreaId area,
                       const MeetingDetails& details) const;

  // The meeting with its case list (each person an audited access decision).
  MeetingView Get(const auth::Principal& who, MeetingId id) const;

  // Changes title, time, place and chair (organisers; while scheduled). `version` is the one
  // read. Returns the meeting without its case list.
  MeetingView Update(const auth::Principal& who, MeetingId id, const MeetingDetails& details,
                     std::int64_t version) const;

  // Moves the meeting to `to` (organisers), with `reason` (REQUIRES: given to cancel).
  MeetingView ChangeState(const auth::Principal& who, MeetingId id, domain::MeetingState to,
                          std::int64_t version, const std::optional<std::string>& reason) const;

  // Writes the minutes (any participant; once held and until closed).
  MeetingView SaveMinutes(const auth::Principal& who, MeetingId id, const std::string& text,
                          std::int64_t version) const;

  // Adds a member of staff or a named guest (organisers; while scheduled). REQUIRES: exactly one
  // of `attendee.user` and `attendee.guest_name`. Error(kBadRequest) naming userId unless the
  // member of staff is active and their role holds mdt:read; Error(kConflict) when they are
  // already an attendee. Returns the attendee list.
  std::vector<store::MdtAttendee> AddAttendee(const auth::Principal& who, MeetingId id,
                                              store::MdtAttendee attendee) const;

  // Records whether an attendee came (organisers; once held and until closed). Error(kNotFound)
  // when the meeting has no such attendee. Returns the attendee list.
  std::vector<store::MdtAttendee> SetAttended(const auth::Principal& who, MeetingId id,
                                              std::int64_t attendee, bool attended) const;

  // Takes an attendee off the list (organisers; while scheduled). Error(kNotFound) when the
  // meeting has no such attendee.
  void RemoveAttendee(const auth::Principal& who, MeetingId id, std::int64_t attendee) const;

 private:
  sql::Database& db_;
  const Clock& clock_;
};

}  // namespace lcn::care
