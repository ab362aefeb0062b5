// SPDX-License-Identifier: Apache-2.0
#include "care/mdt/mdt_access.hpp"

#include <set>

#include "core/error.hpp"
#include "store/organisation_repository.hpp"
#include "store/relationship_repository.hpp"

namespace lcn::api::handlers {

bool ReachesArea(sql::Transaction& tx, const Call& call, AreaId area) {
  const auto practices = store::OrganisationRepository(tx).List(
      {.kind = domain::OrganisationKind::kGpPractice, .within_area = area});
  if (practices.empty()) {
    return false;
  }
  std::set<std::int64_t> reach;
  for (const auto& [id, ods] :
       store::RelationshipRepository(tx).PracticesInReach(call.Who().AsAccessor())) {
    reach.insert(id.Value());
  }
  for (const auto& p : practices) {
    if (!reach.contains(p.id.Value())) {
      return false;
    }
  }
  return true;
}

WorklistScope AreaPractices(sql::Transaction& tx, const Call& call, AreaId area) {
  Request scope_request;
  scope_request.query["areaId"] = std::to_string(area.Value());
  return ResolveScope(tx, scope_request, call, /*within_reach=*/true);
}

MeetingAccess OpenMeeting(sql::Transaction& tx, const Call& call, std::int64_t id) {
  store::MdtRepository meetings(tx);
  auto meeting = meetings.Find(id);
  if (!meeting) {
    throw Error(ErrorCode::kNotFound, "no such MDT meeting");
  }
  MeetingAccess access;
  access.organiser = meeting->chair == call.Who().user_id || ReachesArea(tx, call, meeting->area);
  access.participant = access.organiser || meetings.IsParticipant(*meeting, call.Who().user_id);
  if (!access.participant) {
    throw Error(ErrorCode::kForbidden,
                "MDT meetings are open to their chair and attendees, and to staff whose "
                "worklists cover every practice of the meeting's area");
  }
  access.meeting = std::move(*meeting);
  return access;
}

MeetingAccess OpenMeetingAsOrganiser(sql::Transaction& tx, const Call& call, std::int64_t id) {
  MeetingAccess access = OpenMeeting(tx, call, id);
  if (!access.organiser) {
    throw Error(ErrorCode::kForbidden,
                "only the chair, or staff whose worklists cover the meeting's area, may change "
                "the meeting, its state or its attendees");
  }
  return access;
}

}  // namespace lcn::api::handlers
