// SPDX-License-Identifier: Apache-2.0
//
// MdtRepository reads and writes MDT meetings (time, place, chair, state with its history,
// minutes; optimistic version) and their attendees (staff, or named guests, with whether they
// attended), inside the caller's transaction. Case lists and outcomes are in
// mdt_case_repository; which state changes are allowed is domain/mdt_meeting_state's business.
// Stateless.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "care/mdt/mdt_meeting_state.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::store {

struct MdtMeeting {
  MeetingId id;
  AreaId area;
  std::string title;
  Micros starts_at = 0;
  std::int64_t duration_minutes = 60;
  std::optional<std::string> location;
  std::optional<std::string> video_link;
  UserId chair;
  domain::MeetingState state = domain::MeetingState::kScheduled;
  std::optional<std::string> minutes;
  std::optional<UserId> minutes_by;
  std::optional<Micros> minutes_at;
  UserId created_by;
  Micros created_at = 0;
  Micros updated_at = 0;
  std::int64_t version = 1;
  // For display, filled by reads.
  std::string area_name;
  std::string chair_name;
  std::int64_t cases = 0;  // on the case list
};

struct MdtAttendee {
  std::int64_t id = 0;
  MeetingId meeting;
  // Exactly one of: a member of staff, or a guest's name.
  std::optional<UserId> user;
  std::optional<std::string> guest_name;
  std::optional<std::string> guest_organisation;
  std::optional<bool> attended;  // recorded once the meeting is held
  // For display, filled by reads: the member of staff's name, role and organisation.
  std::string name;
  std::optional<std::string> role;
  std::optional<std::string> organisation;
};

struct MdtMeetingEvent {
  std::optional<domain::MeetingState> from;
  domain::MeetingState to = domain::MeetingState::kScheduled;
  std::optional<std::string> reason;
  std::optional<std::string> changed_by_name;
  Micros changed_at = 0;
};

struct MeetingFilter {
  std::optional<AreaId> area;    // the meetings of this area; none: those `user` is part of
  std::optional<UserId> user;    // as chair or attendee
  std::optional<Micros> from;    // starting at or after
  std::optional<Micros> before;  // starting before
  std::optional<domain::MeetingState> state;
  int limit = 200;
};

class MdtRepository {
 public:
  explicit MdtRepository(sql::Transaction& tx) : tx_(tx) {}

  // Creates the meeting (state scheduled) with its first event; returns the id.
  MeetingId Create(const MdtMeeting& meeting, Micros now);

  [[nodiscard]] std::optional<MdtMeeting> Find(MeetingId id);

  // Meetings by start time (earliest first), with their case counts.
  std::vector<MdtMeeting> List(const MeetingFilter& filter);

  // Changes title, time, duration, place and chair (optimistic on `meeting.version`);
  // kConflict when stale. Returns the new version.
  std::int64_t UpdateDetails(const MdtMeeting& meeting, Micros now);

  // Moves the meeting to `to` (optimistic on `version`) with one event; kConflict when stale.
  std::int64_t ChangeState(const MdtMeeting& meeting, domain::MeetingState to, std::int64_t version,
                           const std::optional<std::string>& reason, UserId by, Micros now);

  // Writes the minutes (optimistic on `version`); kConflict when stale. Returns the new version.
  std::int64_t SaveMinutes(MeetingId id, const std::string& text, std::int64_t version, UserId by,
                           Micros now);

  // State changes, oldest first.
  std::vector<MdtMeetingEvent> History(MeetingId id);

  // Adds an attendee; kConflict when that member of staff is already on the list.
  std::int64_t AddAttendee(const MdtAttendee& attendee, UserId by, Micros now);

  // Attendees in the order added, with names.
  std::vector<MdtAttendee> Attendees(MeetingId meeting);

  // Removes an attendee. False when the meeting has no such attendee.
  bool RemoveAttendee(MeetingId meeting, std::int64_t attendee);

  // Records whether an attendee came. False when the meeting has no such attendee.
  bool SetAttended(MeetingId meeting, std::int64_t attendee, bool attended);

  // True when `user` chairs the meeting or is on its attendee list.
  bool IsParticipant(const MdtMeeting& meeting, UserId user);

 private:
  sql::Transaction& tx_;
};

}  // namespace lcn::store
