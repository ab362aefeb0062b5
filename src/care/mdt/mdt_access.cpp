// SPDX-License-Identifier: Apache-2.0
#include "care/mdt/mdt_access.hpp"

#include <set>

#include "core/error.hpp"
#include "store/area_repository.hpp"
#include "store/organisation_repository.hpp"
#include "store/relationship_repository.hpp"

namespace lcn::care {

bool ReachesArea(sql::Transaction& tx, const auth::Principal& who, AreaId area) {
  const auto practices = store::OrganisationRepository(tx).List(
      {.kind = domain::OrganisationKind::kGpPractice, .within_area = area});
  if (practices.empty()) {
    return false;
  }
  std::set<std::int64_t> reach;
  for (const auto& [id, ods] :
       store::RelationshipRepository(tx).PracticesInReach(who.AsAccessor())) {
    reach.insert(id.Value());
  }
  for (const auto& p : practices) {
    if (!reach.contains(p.id.Value())) {
      return false;
    }
  }
  return true;
}

AreaPracticeScope AreaPractices(sql::Transaction& tx, const auth::Principal& who, AreaId area) {
  if (!store::AreaRepository(tx).FindById(area)) {
    throw Error(ErrorCode::kNotFound, "no such area");
  }
  AreaPracticeScope scope;
  scope.description = "area " + std::to_string(area.Value());
  std::set<std::string> reach;
  for (const auto& [id, ods] :
       store::RelationshipRepository(tx).PracticesInReach(who.AsAccessor())) {
    reach.insert(ods);
  }
  for (const auto& org : store::OrganisationRepository(tx).List(
           {.kind = domain::OrganisationKind::kGpPractice, .within_area = area})) {
    if (!org.ods_code) {
      continue;
    }
    if (!reach.contains(*org.ods_code)) {
      throw Error(ErrorCode::kForbidden,
                  "worklists are limited to your own practice, or the practices of the "
                  "networks you work across; " +
                      org.name + " is outside them");
    }
    scope.practices.push_back(*org.ods_code);
    scope.ids[*org.ods_code] = org.id.Value();
  }
  return scope;
}

MeetingAccess OpenMeeting(sql::Transaction& tx, const auth::Principal& who, MeetingId id) {
  store::MdtRepository meetings(tx);
  auto meeting = meetings.Find(id);
  if (!meeting) {
    throw Error(ErrorCode::kNotFound, "no such MDT meeting");
  }
  MeetingAccess access;
  access.organiser = meeting->chair == who.user_id || ReachesArea(tx, who, meeting->area);
  access.participant = access.organiser || meetings.IsParticipant(*meeting, who.user_id);
  if (!access.participant) {
    throw Error(ErrorCode::kForbidden,
                "MDT meetings are open to their chair and attendees, and to staff whose "
                "worklists cover every practice of the meeting's area");
  }
  access.meeting = std::move(*meeting);
  return access;
}

MeetingAccess OpenMeetingAsOrganiser(sql::Transaction& tx, const auth::Principal& who,
                                     MeetingId id) {
  MeetingAccess access = OpenMeeting(tx, who, id);
  if (!access.organiser) {
    throw Error(ErrorCode::kForbidden,
                "only the chair, or staff whose worklists cover the meeting's area, may change "
                "the meeting, its state or its attendees");
  }
  return access;
}

}  // namespace lcn::care
