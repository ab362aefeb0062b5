// SPDX-License-Identifier: Apache-2.0
//
// Meetings: listing, scheduling, reading, changing and minuting a meeting. Its attendee list is
// in mdt_attendee_service.cpp.
#include "care/mdt/mdt_meeting_service.hpp"

#include <algorithm>

#include "auth/permission.hpp"
#include "auth/person_access.hpp"
#include "care/mdt/mdt_access.hpp"
#include "care/mdt/mdt_case_lookup.hpp"
#include "store/area_repository.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::care {
namespace {

using domain::MeetingState;

// The chair must be an active member of staff whose role may write MDT records.
void CheckChair(sql::Transaction& tx, UserId chair) {
  const auto user = store::UserRepository(tx).FindById(chair);
  if (!user || user->disabled || !auth::RoleHas(user->role, auth::Permission::kMdtWrite)) {
    throw Error(ErrorCode::kBadRequest, "the chair is not valid",
                {{"chairUserId", "must be an active member of staff whose role holds mdt:write"}});
  }
}

void Apply(const MeetingDetails& d, store::MdtMeeting& m) {
  m.title = d.title;
  m.starts_at = d.starts_at;
  m.duration_minutes = d.duration_minutes;
  m.location = d.location;
  m.video_link = d.video_link;
}

// The meeting as its participants see it: attendees, history, the changes the caller may
// make, and (with `with_cases`) the case list, each named person an audited access decision.
MeetingView Detail(sql::Transaction& tx, const auth::Principal& who, MeetingAccess access,
                   bool with_cases, Micros now) {
  store::MdtRepository meetings(tx);
  MeetingView view;
  view.attendees = meetings.Attendees(access.meeting.id);
  view.history = meetings.History(access.meeting.id);
  view.allowed = access.organiser ? domain::AllowedMeetingChanges(access.meeting.state)
                                  : std::vector<MeetingState>{};
  view.organiser = access.organiser;
  view.participant = access.participant;
  if (with_cases) {
    std::vector<MeetingCase> cases;
    for (auto& c : store::MdtCaseRepository(tx).ForMeeting(access.meeting.id)) {
      if (!auth::DecidePersonAccess(tx, who, c.person.id, "read-mdt-case", now)) {
        ++view.withheld;
        continue;
      }
      auto made = TasksOf(tx, c.id);
      cases.push_back({std::move(c), std::move(made)});
    }
    view.cases = std::move(cases);
  }
  view.meeting = std::move(access.meeting);
  return view;
}

}  // namespace

std::vector<store::MdtMeeting> Meetings::List(const auth::Principal& who,
                                              store::MeetingFilter filter) const {
  if (!filter.area) {
    filter.user = who.user_id;
  }
  return store::RunInTransaction(db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
    if (filter.area) {
      if (!store::AreaRepository(tx).FindById(*filter.area)) {
        throw Error(ErrorCode::kNotFound, "no such area");
      }
      if (!ReachesArea(tx, who, *filter.area)) {
        throw Error(ErrorCode::kForbidden,
                    "an area's MDT meetings are for staff whose worklists cover every practice "
                    "of the area; ask without areaId for the meetings you chair or attend");
      }
    }
    return store::MdtRepository(tx).List(filter);
  });
}

MeetingView Meetings::Schedule(const auth::Principal& who, AreaId area_id,
                               const MeetingDetails& details) const {
  const Micros now = clock_.Now();
  return store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const auto area = store::AreaRepository(tx).FindById(area_id);
    if (!area || (area->kind != domain::AreaKind::kNetwork &&
                  area->kind != domain::AreaKind::kNeighbourhood)) {
      throw Error(ErrorCode::kBadRequest, "the area is not valid",
                  {{"areaId", "must be the id of a network or a neighbourhood"}});
    }
    if (!ReachesArea(tx, who, area->id)) {
      throw Error(ErrorCode::kForbidden,
                  "MDT meetings are scheduled by staff whose worklists cover every practice of "
                  "the area; " +
                      area->name + " is outside yours");
    }
    store::MdtMeeting m;
    m.area = area->id;
    Apply(details, m);
    m.chair = details.chair.value_or(who.user_id);
    CheckChair(tx, m.chair);
    m.created_by = who.user_id;
    const MeetingId id = store::MdtRepository(tx).Create(m, now);
    return Detail(tx, who, OpenMeeting(tx, who, id), true, now);
  });
}

MeetingView Meetings::Get(const auth::Principal& who, MeetingId id) const {
  const Micros now = clock_.Now();
  return store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    return Detail(tx, who, OpenMeeting(tx, who, id), true, now);
  });
}

MeetingView Meetings::Update(const auth::Principal& who, MeetingId id,
                             const MeetingDetails& details, std::int64_t version) const {
  const Micros now = clock_.Now();
  return store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const MeetingAccess access = OpenMeetingAsOrganiser(tx, who, id);
    if (!domain::DetailsCanChange(access.meeting.state)) {
      throw domain::IllegalMeetingChange(access.meeting.state, "keeps its time, place and chair");
    }
    store::MdtMeeting m = access.meeting;
    Apply(details, m);
    m.chair = details.chair.value_or(access.meeting.chair);  // unchanged unless named
    CheckChair(tx, m.chair);
    m.version = version;
    store::MdtRepository(tx).UpdateDetails(m, now);
    return Detail(tx, who, OpenMeeting(tx, who, id), false, now);
  });
}

MeetingView Meetings::ChangeState(const auth::Principal& who, MeetingId id, MeetingState to,
                                  std::int64_t version,
                                  const std::optional<std::string>& reason) const {
  const Micros now = clock_.Now();
  return store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const MeetingAccess access = OpenMeetingAsOrganiser(tx, who, id);
    const auto allowed = domain::AllowedMeetingChanges(access.meeting.state);
    if (std::find(allowed.begin(), allowed.end(), to) == allowed.end()) {
      throw domain::IllegalMeetingChange(
          access.meeting.state, "cannot become " + std::string(domain::MeetingStateName(to)));
    }
    store::MdtRepository(tx).ChangeState(access.meeting, to, version, reason, who.user_id, now);
    return Detail(tx, who, OpenMeeting(tx, who, id), false, now);
  });
}

MeetingView Meetings::SaveMinutes(const auth::Principal& who, MeetingId id, const std::string& text,
                                  std::int64_t version) const {
  const Micros now = clock_.Now();
  return store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const MeetingAccess access = OpenMeeting(tx, who, id);
    if (!domain::OutcomesCanBeRecorded(access.meeting.state)) {
      throw domain::IllegalMeetingChange(access.meeting.state,
                                         "has no minutes to write: they are written once it is "
                                         "held and until it is closed");
    }
    store::MdtRepository(tx).SaveMinutes(id, text, version, who.user_id, now);
    return Detail(tx, who, OpenMeeting(tx, who, id), false, now);
  });
}

}  // namespace lcn::care
