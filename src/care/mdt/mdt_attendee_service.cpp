// SPDX-License-Identifier: Apache-2.0
//
// Meetings: a meeting's attendees. Members of staff from any organisation (whose role may read
// MDT records) or named guests, added and removed by the meeting's organisers while it is
// scheduled; once it is held, whether each came. Staff on the list of a meeting that is not
// cancelled have the mdt-case-list relationship with the people on its case list
// (docs/security.md); an attendee recorded as absent loses it.
#include "auth/permission.hpp"
#include "care/mdt/mdt_access.hpp"
#include "care/mdt/mdt_meeting_service.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::care {
namespace {

constexpr const char* kKeepsItsAttendees = "keeps its attendee list";

}  // namespace

std::vector<store::MdtAttendee> Meetings::AddAttendee(const auth::Principal& who, MeetingId id,
                                                      store::MdtAttendee attendee) const {
  LCN_CHECK(attendee.user.has_value() != attendee.guest_name.has_value());
  attendee.meeting = id;
  const Micros now = clock_.Now();
  return store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const MeetingAccess access = OpenMeetingAsOrganiser(tx, who, id);
    if (!domain::DetailsCanChange(access.meeting.state)) {
      throw domain::IllegalMeetingChange(access.meeting.state, kKeepsItsAttendees);
    }
    store::MdtRepository meetings(tx);
    if (attendee.user) {
      const auto user = store::UserRepository(tx).FindById(*attendee.user);
      if (!user || user->disabled || !auth::RoleHas(user->role, auth::Permission::kMdtRead)) {
        throw Error(ErrorCode::kBadRequest, "the attendee is not valid",
                    {{"userId", "must be an active member of staff whose role holds mdt:read"}});
      }
      if (meetings.IsParticipant(access.meeting, *attendee.user) &&
          access.meeting.chair != *attendee.user) {
        throw Error(ErrorCode::kConflict, "this member of staff is already an attendee");
      }
    }
    meetings.AddAttendee(attendee, who.user_id, now);
    return meetings.Attendees(id);
  });
}

std::vector<store::MdtAttendee> Meetings::SetAttended(const auth::Principal& who, MeetingId id,
                                                      std::int64_t attendee, bool attended) const {
  return store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const MeetingAccess access = OpenMeetingAsOrganiser(tx, who, id);
    if (!domain::OutcomesCanBeRecorded(access.meeting.state)) {
      throw domain::IllegalMeetingChange(
          access.meeting.state,
          "has no attendance to record: it is recorded once the meeting is held");
    }
    store::MdtRepository meetings(tx);
    if (!meetings.SetAttended(id, attendee, attended)) {
      throw Error(ErrorCode::kNotFound, "the meeting has no such attendee");
    }
    return meetings.Attendees(id);
  });
}

void Meetings::RemoveAttendee(const auth::Principal& who, MeetingId id,
                              std::int64_t attendee) const {
  store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const MeetingAccess access = OpenMeetingAsOrganiser(tx, who, id);
    if (!domain::DetailsCanChange(access.meeting.state)) {
      throw domain::IllegalMeetingChange(access.meeting.state, kKeepsItsAttendees);
    }
    if (!store::MdtRepository(tx).RemoveAttendee(id, attendee)) {
      throw Error(ErrorCode::kNotFound, "the meeting has no such attendee");
    }
  });
}

}  // namespace lcn::care
