// SPDX-License-Identifier: Apache-2.0
//
// The REST edge of MDT meetings: parse, call care::Meetings, render. List (an area's, or those
// you chair or attend), schedule, read with attendees, case list and history, change time and
// place, move through scheduled > held > closed (or cancelled, with a reason), and write the
// minutes once held. Illegal state changes are 409 with the allowed ones; stale versions are
// 409.
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "api/query_params.hpp"
#include "care/mdt/mdt_handlers.hpp"
#include "care/mdt/mdt_json.hpp"
#include "care/mdt/mdt_meeting_service.hpp"
#include "core/time_format.hpp"

namespace lcn::api::handlers {
namespace {

using domain::MeetingState;
using nlohmann::json;

constexpr std::int64_t kMinMinutes = 5;
constexpr std::int64_t kMaxMinutes = 720;

Micros DayStart(const std::string& name, const std::string& text) {
  const auto instant = ParseInstantText(text + "T00:00Z");
  if (!instant || !ParseDate(text)) {
    throw Error(ErrorCode::kBadRequest, name + " must be a date written YYYY-MM-DD",
                {{name, "must be a date written YYYY-MM-DD"}});
  }
  return *instant;
}

// The editable fields of a meeting, read from a create or update body.
struct MeetingFields {
  std::optional<std::string> title;
  std::optional<Micros> starts_at;
  std::int64_t duration = 60;
  std::optional<std::string> location;
  std::optional<std::string> video_link;
  std::optional<std::int64_t> chair;
};

MeetingFields ReadFields(JsonBody& body, const Call& call) {
  MeetingFields f;
  f.title = body.String("title", true);
  if (const auto starts = body.String("startsAt", true)) {
    f.starts_at = ParseInstantText(*starts);
    if (!f.starts_at) {
      body.Invalid("startsAt",
                   "must be a date and time with its zone, e.g. "
                   "2026-03-04T13:30:00Z or 2026-03-04T13:30:00+01:00");
    } else if (*f.starts_at < call.services.clock.Now()) {
      body.Invalid("startsAt", "must not be in the past");
    }
  }
  f.duration = body.Integer("durationMinutes", false).value_or(60);
  if (f.duration < kMinMinutes || f.duration > kMaxMinutes) {
    body.Invalid("durationMinutes", "must be from 5 to 720 minutes");
  }
  f.location = body.String("location", false);
  f.video_link = body.String("videoLink", false);
  if (f.video_link && f.video_link->rfind("https://", 0) != 0) {
    body.Invalid("videoLink", "must be an https:// link");
  }
  f.chair = body.Integer("chairUserId", false);
  return f;
}

care::Meetings Service(const Call& call) {
  return care::Meetings(call.services.db, call.services.clock);
}

care::MeetingDetails Details(const MeetingFields& f) {
  care::MeetingDetails d;
  d.title = *f.title;
  d.starts_at = *f.starts_at;
  d.duration_minutes = f.duration;
  d.location = f.location;
  d.video_link = f.video_link;
  if (f.chair) {
    d.chair = UserId(*f.chair);
  }
  return d;
}

MeetingId MeetingOf(const Request& req) {
  return MeetingId(PathId(req.path_params.at("id")));
}

}  // namespace

Response ListMdtMeetings(const Request& req, const Call& call) {
  store::MeetingFilter filter;
  if (const auto from = req.Query("from")) {
    filter.from = DayStart("from", *from);
  }
  if (const auto to = req.Query("to")) {
    filter.before = DayStart("to", *to) + std::int64_t{24} * 3600 * kMicrosPerSecond;
  }
  if (const auto state = req.Query("state")) {
    filter.state = domain::ParseMeetingState(*state);
    if (!filter.state) {
      throw Error(ErrorCode::kBadRequest, "state must be scheduled, held, closed or cancelled",
                  {{"state", "must be scheduled, held, closed or cancelled"}});
    }
  }
  if (const auto area_id = req.Query("areaId")) {
    filter.area = AreaId(PositiveIdParam("areaId", *area_id));
  }
  json items = json::array();
  for (const auto& m : Service(call).List(call.Who(), filter)) {
    items.push_back(MeetingJson(m));
  }
  return Json(200, {{"items", items}});
}

Response CreateMdtMeeting(const Request& req, const Call& call) {
  JsonBody body(req.body);
  const auto area_id = body.Integer("areaId", true);
  const MeetingFields fields = ReadFields(body, call);
  body.ThrowIfInvalid();
  return Json(
      201, MeetingViewJson(Service(call).Schedule(call.Who(), AreaId(*area_id), Details(fields))));
}

Response GetMdtMeeting(const Request& req, const Call& call) {
  return Json(200, MeetingViewJson(Service(call).Get(call.Who(), MeetingOf(req))));
}

Response UpdateMdtMeeting(const Request& req, const Call& call) {
  const MeetingId id = MeetingOf(req);
  JsonBody body(req.body);
  const MeetingFields fields = ReadFields(body, call);
  const auto version = body.Integer("version", true);
  body.ThrowIfInvalid();
  return Json(200,
              MeetingViewJson(Service(call).Update(call.Who(), id, Details(fields), *version)));
}

Response ChangeMdtMeetingState(const Request& req, const Call& call) {
  const MeetingId id = MeetingOf(req);
  JsonBody body(req.body);
  const auto state_text = body.String("state", true);
  const auto version = body.Integer("version", true);
  const auto reason = body.String("reason", false);
  std::optional<MeetingState> to;
  if (state_text) {
    to = domain::ParseMeetingState(*state_text);
    if (!to) {
      body.Invalid("state", "must be held, closed or cancelled");
    }
  }
  if (to == MeetingState::kCancelled && (!reason || reason->empty())) {
    body.Invalid("reason", "is required to cancel a meeting");
  }
  body.ThrowIfInvalid();
  return Json(200,
              MeetingViewJson(Service(call).ChangeState(call.Who(), id, *to, *version, reason)));
}

Response SaveMdtMinutes(const Request& req, const Call& call) {
  const MeetingId id = MeetingOf(req);
  JsonBody body(req.body);
  const auto text = body.String("text", true);
  const auto version = body.Integer("version", true);
  body.ThrowIfInvalid();
  return Json(200, MeetingViewJson(Service(call).SaveMinutes(call.Who(), id, *text, *version)));
}

}  // namespace lcn::api::handlers
