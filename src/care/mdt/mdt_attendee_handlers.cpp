// SPDX-License-Identifier: Apache-2.0
//
// An MDT meeting's attendees: members of staff from any organisation (whose role may read MDT
// records) or named guests, added and removed by the meeting's organisers while it is
// scheduled; once it is held, whether each came. Staff on the list of a meeting that is not
// cancelled have the mdt-case-list relationship with the people on its case list
// (docs/security.md); an attendee recorded as absent loses it.
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "auth/permission.hpp"
#include "care/mdt/mdt_access.hpp"
#include "care/mdt/mdt_handlers.hpp"
#include "care/mdt/mdt_json.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

Response NotWhileState(domain::MeetingState state, const std::string& what) {
  return Problem(409, "illegal-change", "This change is not allowed",
                 "a " + std::string(domain::MeetingStateName(state)) + " meeting " + what,
                 {{"from", domain::MeetingStateName(state)},
                  {"allowed", MeetingStateNames(domain::AllowedMeetingChanges(state))}});
}

json AttendeeList(sql::Transaction& tx, std::int64_t meeting) {
  json items = json::array();
  for (const auto& a : store::MdtRepository(tx).Attendees(meeting)) {
    items.push_back(AttendeeJson(a));
  }
  return {{"items", items}};
}

}  // namespace

Response AddMdtAttendee(const Request& req, const Call& call) {
  const std::int64_t id = PathId(req.path_params.at("id"));
  JsonBody body(req.body);
  store::MdtAttendee a;
  a.meeting = id;
  if (const auto user = body.Integer("userId", false)) {
    a.user = UserId(*user);
  }
  a.guest_name = body.String("guestName", false);
  a.guest_organisation = body.String("guestOrganisation", false);
  if (a.user.has_value() == a.guest_name.has_value()) {
    body.Invalid("userId", "give either userId (a member of staff) or guestName");
  }
  if (a.user && a.guest_organisation) {
    body.Invalid("guestOrganisation", "is only for guests");
  }
  body.ThrowIfInvalid();
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const MeetingAccess access = OpenMeetingAsOrganiser(tx, call, id);
    if (!domain::DetailsCanChange(access.meeting.state)) {
      return NotWhileState(access.meeting.state, "keeps its attendee list");
    }
    if (a.user) {
      const auto user = store::UserRepository(tx).FindById(*a.user);
      if (!user || user->disabled || !auth::RoleHas(user->role, auth::Permission::kMdtRead)) {
        throw Error(ErrorCode::kBadRequest, "the attendee is not valid",
                    {{"userId", "must be an active member of staff whose role holds mdt:read"}});
      }
      if (store::MdtRepository(tx).IsParticipant(access.meeting, *a.user) &&
          access.meeting.chair != *a.user) {
        throw Error(ErrorCode::kConflict, "this member of staff is already an attendee");
      }
    }
    store::MdtRepository(tx).AddAttendee(a, call.Who().user_id, now);
    return Json(201, AttendeeList(tx, id));
  });
}

Response UpdateMdtAttendee(const Request& req, const Call& call) {
  const std::int64_t id = PathId(req.path_params.at("id"));
  const std::int64_t attendee = PathId(req.path_params.at("attendeeId"));
  JsonBody body(req.body);
  const auto attended = body.Boolean("attended", true);
  body.ThrowIfInvalid();
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const MeetingAccess access = OpenMeetingAsOrganiser(tx, call, id);
    if (!domain::OutcomesCanBeRecorded(access.meeting.state)) {
      return NotWhileState(access.meeting.state,
                           "has no attendance to record: it is recorded once the meeting is held");
    }
    if (!store::MdtRepository(tx).SetAttended(id, attendee, *attended)) {
      throw Error(ErrorCode::kNotFound, "the meeting has no such attendee");
    }
    return Json(200, AttendeeList(tx, id));
  });
}

Response RemoveMdtAttendee(const Request& req, const Call& call) {
  const std::int64_t id = PathId(req.path_params.at("id"));
  const std::int64_t attendee = PathId(req.path_params.at("attendeeId"));
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const MeetingAccess access = OpenMeetingAsOrganiser(tx, call, id);
    if (!domain::DetailsCanChange(access.meeting.state)) {
      return NotWhileState(access.meeting.state, "keeps its attendee list");
    }
    if (!store::MdtRepository(tx).RemoveAttendee(id, attendee)) {
      throw Error(ErrorCode::kNotFound, "the meeting has no such attendee");
    }
    Response r;
    r.status = 204;
    return r;
  });
}

}  // namespace lcn::api::handlers
