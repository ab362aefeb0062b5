// SPDX-License-Identifier: Apache-2.0
//
// The REST edge of an MDT meeting's case list: parse, call care::MdtCases, render. Add a person
// (from the suggestions or by hand, with the reason), read one case with its outcome and the
// tasks its actions became, take a case off before the meeting is held, and a person's MDT
// history. Every decision about a person is audited (by the service).
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "care/mdt/mdt_case_service.hpp"
#include "care/mdt/mdt_handlers.hpp"
#include "care/mdt/mdt_json.hpp"
#include "core/time_format.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

care::MdtCases Service(const Call& call) {
  return care::MdtCases(call.services.db, call.services.clock);
}

}  // namespace

Response AddMdtCase(const Request& req, const Call& call) {
  const MeetingId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  const auto person_id = body.Integer("personId", true);
  const auto reason = body.String("reason", true);
  domain::MdtCaseSource source = domain::MdtCaseSource::kAddedByHand;
  if (const auto text = body.String("source", false)) {
    if (const auto s = domain::ParseMdtCaseSource(*text)) {
      source = *s;
    } else {
      body.Invalid("source", "must be worklist, referral, review_due, mdt_review or added_by_hand");
    }
  }
  body.ThrowIfInvalid();
  const auto added = Service(call).Add(call.Who(), id, PersonId(*person_id), source, *reason);
  return Json(201, CaseJson(added));
}

Response GetMdtCase(const Request& req, const Call& call) {
  const MeetingId id(PathId(req.path_params.at("id")));
  const MdtCaseId case_id(PathId(req.path_params.at("caseId")));
  const auto read = Service(call).Get(call.Who(), id, case_id);
  json j = CaseJson(read.c);
  j["meeting"] = MeetingJson(read.meeting);
  j["decisions"] = json::array();
  for (const auto d : domain::AllMdtDecisions()) {
    j["decisions"].push_back(domain::MdtDecisionName(d));
  }
  return Json(200, j);
}

Response RemoveMdtCase(const Request& req, const Call& call) {
  const MeetingId id(PathId(req.path_params.at("id")));
  const MdtCaseId case_id(PathId(req.path_params.at("caseId")));
  Service(call).Remove(call.Who(), id, case_id);
  Response r;
  r.status = 204;
  return r;
}

Response GetPersonMdtCases(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  json items = json::array();
  for (const auto& c : Service(call).ForPerson(call.Who(), person)) {
    json j = CaseJson(c);
    j["meeting"] = {{"id", c.c.meeting.Value()},
                    {"title", c.c.meeting_title},
                    {"startsAt", FormatInstant(c.c.meeting_starts_at)},
                    {"state", domain::MeetingStateName(c.c.meeting_state)}};
    items.push_back(std::move(j));
  }
  return Json(200, {{"items", items}});
}

}  // namespace lcn::api::handlers
