// SPDX-License-Identifier: Apache-2.0
//
// The REST edge of an MDT meeting's attendees: parse, call care::Meetings, render the list.
// Members of staff from any organisation or named guests, added and removed by the meeting's
// organisers while it is scheduled; once it is held, whether each came.
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "care/mdt/mdt_handlers.hpp"
#include "care/mdt/mdt_json.hpp"
#include "care/mdt/mdt_meeting_service.hpp"

namespace lcn::api::handlers {
namespace {

care::Meetings Service(const Call& call) {
  return care::Meetings(call.services.db, call.services.clock);
}

}  // namespace

Response AddMdtAttendee(const Request& req, const Call& call) {
  const MeetingId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  store::MdtAttendee a;
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
  return Json(201, AttendeeListJson(Service(call).AddAttendee(call.Who(), id, std::move(a))));
}

Response UpdateMdtAttendee(const Request& req, const Call& call) {
  const MeetingId id(PathId(req.path_params.at("id")));
  const std::int64_t attendee = PathId(req.path_params.at("attendeeId"));
  JsonBody body(req.body);
  const auto attended = body.Boolean("attended", true);
  body.ThrowIfInvalid();
  return Json(200,
              AttendeeListJson(Service(call).SetAttended(call.Who(), id, attendee, *attended)));
}

Response RemoveMdtAttendee(const Request& req, const Call& call) {
  const MeetingId id(PathId(req.path_params.at("id")));
  const std::int64_t attendee = PathId(req.path_params.at("attendeeId"));
  Service(call).RemoveAttendee(call.Who(), id, attendee);
  Response r;
  r.status = 204;
  return r;
}

}  // namespace lcn::api::handlers
