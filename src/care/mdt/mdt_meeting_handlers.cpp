// SPDX-License-Identifier: Apache-2.0
//
// MDT meetings: list (an area's, or those you chair or attend), schedule, read with attendees,
// case list and history, change time and place, move through scheduled > held > closed (or
// cancelled, with a reason), and write the minutes once held. Case lists are read person by
// person: each named person is an access decision, audited, and those outside the caller's
// relationships are withheld and counted. Illegal state changes are 409 with the allowed ones;
// stale versions are 409.
#include <algorithm>

#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "api/query_params.hpp"
#include "auth/permission.hpp"
#include "auth/person_access.hpp"
#include "care/mdt/mdt_access.hpp"
#include "care/mdt/mdt_case_repository.hpp"
#include "care/mdt/mdt_handlers.hpp"
#include "care/mdt/mdt_json.hpp"
#include "core/time_format.hpp"
#include "store/area_repository.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

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

// The chair must be an active member of staff whose role may write MDT records.
void CheckChair(sql::Transaction& tx, UserId chair) {
  const auto user = store::UserRepository(tx).FindById(chair);
  if (!user || user->disabled || !auth::RoleHas(user->role, auth::Permission::kMdtWrite)) {
    throw Error(ErrorCode::kBadRequest, "the chair is not valid",
                {{"chairUserId", "must be an active member of staff whose role holds mdt:write"}});
  }
}

void Apply(const MeetingFields& f, const Call& call, store::MdtMeeting& m) {
  m.title = *f.title;
  m.starts_at = *f.starts_at;
  m.duration_minutes = f.duration;
  m.location = f.location;
  m.video_link = f.video_link;
  m.chair = f.chair ? UserId(*f.chair) : call.Who().user_id;
}

json HistoryJson(store::MdtRepository& meetings, std::int64_t id) {
  json history = json::array();
  for (const auto& e : meetings.History(id)) {
    history.push_back({{"from", e.from ? json(domain::MeetingStateName(*e.from)) : json(nullptr)},
                       {"to", domain::MeetingStateName(e.to)},
                       {"reason", e.reason ? json(*e.reason) : json(nullptr)},
                       {"by", e.changed_by_name ? json(*e.changed_by_name) : json(nullptr)},
                       {"at", FormatInstant(e.changed_at)}});
  }
  return history;
}

// The meeting as its participants see it: attendees, history, the changes the caller may
// make, and (with `with_cases`) the case list, each named person an audited access decision.
json MeetingDetail(sql::Transaction& tx, const Call& call, const MeetingAccess& access,
                   bool with_cases, Micros now) {
  store::MdtRepository meetings(tx);
  const store::MdtMeeting& m = access.meeting;
  json j = MeetingJson(m);
  json attendees = json::array();
  for (const auto& a : meetings.Attendees(m.id)) {
    attendees.push_back(AttendeeJson(a));
  }
  j["attendees"] = attendees;
  j["history"] = HistoryJson(meetings, m.id);
  j["allowed"] = MeetingStateNames(access.organiser ? domain::AllowedMeetingChanges(m.state)
                                                    : std::vector<MeetingState>{});
  j["you"] = {{"organiser", access.organiser}, {"participant", access.participant}};
  if (with_cases) {
    json cases = json::array();
    int withheld = 0;
    store::TaskRepository tasks(tx);
    store::MdtCaseRepository case_list(tx);
    for (const auto& c : case_list.ForMeeting(m.id)) {
      if (!auth::DecidePersonAccess(tx, call.Who(), c.person.id, "read-mdt-case", now)) {
        ++withheld;
        continue;
      }
      std::vector<store::Task> made;
      for (const std::int64_t t : case_list.Tasks(c.id)) {
        if (auto task = tasks.Find(t)) {
          made.push_back(std::move(*task));
        }
      }
      cases.push_back(CaseJson(c, made));
    }
    j["cases"] = cases;
    j["withheld"] = withheld;
  }
  return j;
}

Response IllegalChange(MeetingState from, const std::string& what,
                       const std::vector<MeetingState>& allowed) {
  return Problem(
      409, "illegal-change", "This change is not allowed",
      "a " + std::string(domain::MeetingStateName(from)) + " meeting " + what,
      {{"from", domain::MeetingStateName(from)}, {"allowed", MeetingStateNames(allowed)}});
}

}  // namespace

Response ListMdtMeetings(const Request& req, const Call& call) {
  store::MeetingFilter filter;
  if (const auto from = req.Query("from")) {
    filter.from = DayStart("from", *from);
  }
  if (const auto to = req.Query("to")) {
    filter.before = DayStart("to", *to) + 24 * 3600 * kMicrosPerSecond;
  }
  if (const auto state = req.Query("state")) {
    filter.state = domain::ParseMeetingState(*state);
    if (!filter.state) {
      throw Error(ErrorCode::kBadRequest, "state must be scheduled, held, closed or cancelled",
                  {{"state", "must be scheduled, held, closed or cancelled"}});
    }
  }
  const auto area_id = req.Query("areaId");
  if (area_id) {
    filter.area = AreaId(PositiveIdParam("areaId", *area_id));
  } else {
    filter.user = call.Who().user_id;
  }
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadOnly, [&](auto& tx) {
    if (filter.area) {
      if (!store::AreaRepository(tx).FindById(*filter.area)) {
        throw Error(ErrorCode::kNotFound, "no such area");
      }
      if (!ReachesArea(tx, call, *filter.area)) {
        throw Error(ErrorCode::kForbidden,
                    "an area's MDT meetings are for staff whose worklists cover every practice "
                    "of the area; ask without areaId for the meetings you chair or attend");
      }
    }
    json items = json::array();
    for (const auto& m : store::MdtRepository(tx).List(filter)) {
      items.push_back(MeetingJson(m));
    }
    return Json(200, {{"items", items}});
  });
}

Response CreateMdtMeeting(const Request& req, const Call& call) {
  JsonBody body(req.body);
  const auto area_id = body.Integer("areaId", true);
  const MeetingFields fields = ReadFields(body, call);
  body.ThrowIfInvalid();
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const auto area = store::AreaRepository(tx).FindById(AreaId(*area_id));
    if (!area || (area->kind != domain::AreaKind::kNetwork &&
                  area->kind != domain::AreaKind::kNeighbourhood)) {
      throw Error(ErrorCode::kBadRequest, "the area is not valid",
                  {{"areaId", "must be the id of a network or a neighbourhood"}});
    }
    if (!ReachesArea(tx, call, area->id)) {
      throw Error(ErrorCode::kForbidden,
                  "MDT meetings are scheduled by staff whose worklists cover every practice of "
                  "the area; " +
                      area->name + " is outside yours");
    }
    store::MdtMeeting m;
    m.area = area->id;
    Apply(fields, call, m);
    CheckChair(tx, m.chair);
    m.created_by = call.Who().user_id;
    const Micros now = call.services.clock.Now();
    store::MdtRepository meetings(tx);
    const std::int64_t id = meetings.Create(m, now);
    return Json(201, MeetingDetail(tx, call, OpenMeeting(tx, call, id), true, now));
  });
}

Response GetMdtMeeting(const Request& req, const Call& call) {
  const std::int64_t id = PathId(req.path_params.at("id"));
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    return Json(200, MeetingDetail(tx, call, OpenMeeting(tx, call, id), true, now));
  });
}

Response UpdateMdtMeeting(const Request& req, const Call& call) {
  const std::int64_t id = PathId(req.path_params.at("id"));
  JsonBody body(req.body);
  const MeetingFields fields = ReadFields(body, call);
  const auto version = body.Integer("version", true);
  body.ThrowIfInvalid();
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    MeetingAccess access = OpenMeetingAsOrganiser(tx, call, id);
    if (!domain::DetailsCanChange(access.meeting.state)) {
      return IllegalChange(access.meeting.state, "keeps its time, place and chair",
                           domain::AllowedMeetingChanges(access.meeting.state));
    }
    store::MdtMeeting m = access.meeting;
    Apply(fields, call, m);
    if (!fields.chair) {
      m.chair = access.meeting.chair;  // unchanged unless named
    }
    CheckChair(tx, m.chair);
    m.version = *version;
    store::MdtRepository(tx).UpdateDetails(m, now);
    return Json(200, MeetingDetail(tx, call, OpenMeeting(tx, call, id), false, now));
  });
}

Response ChangeMdtMeetingState(const Request& req, const Call& call) {
  const std::int64_t id = PathId(req.path_params.at("id"));
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
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    MeetingAccess access = OpenMeetingAsOrganiser(tx, call, id);
    const auto allowed = domain::AllowedMeetingChanges(access.meeting.state);
    if (std::find(allowed.begin(), allowed.end(), *to) == allowed.end()) {
      return IllegalChange(access.meeting.state,
                           "cannot become " + std::string(domain::MeetingStateName(*to)), allowed);
    }
    store::MdtRepository(tx).ChangeState(access.meeting, *to, *version, reason, call.Who().user_id,
                                         now);
    return Json(200, MeetingDetail(tx, call, OpenMeeting(tx, call, id), false, now));
  });
}

Response SaveMdtMinutes(const Request& req, const Call& call) {
  const std::int64_t id = PathId(req.path_params.at("id"));
  JsonBody body(req.body);
  const auto text = body.String("text", true);
  const auto version = body.Integer("version", true);
  body.ThrowIfInvalid();
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    MeetingAccess access = OpenMeeting(tx, call, id);
    if (!domain::OutcomesCanBeRecorded(access.meeting.state)) {
      return IllegalChange(access.meeting.state,
                           "has no minutes to write: they are written once it is held and until "
                           "it is closed",
                           domain::AllowedMeetingChanges(access.meeting.state));
    }
    store::MdtRepository(tx).SaveMinutes(id, *text, *version, call.Who().user_id, now);
    return Json(200, MeetingDetail(tx, call, OpenMeeting(tx, call, id), false, now));
  });
}

}  // namespace lcn::api::handlers
