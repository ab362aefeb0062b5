// SPDX-License-Identifier: Apache-2.0
//
// The REST edge of a person's care team: parse, call care::CareTeams, render. Members come from
// any organisation (a named member of staff, a team or an organisation) with their role and a
// lead flag; joining gives a legitimate relationship and leaving takes it away.
#include "care/care_team/care_team_handlers.hpp"

#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "care/care_team/care_team_service.hpp"
#include "core/time_format.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

json MemberJson(const store::CareTeamMember& m) {
  json j = {{"id", m.id.Value()},
            {"kind", m.user   ? "person"
                     : m.team ? "team"
                              : "organisation"},
            {"name", m.name},
            {"organisation", m.organisation_name},
            {"role", m.role},
            {"lead", m.lead},
            {"startedAt", FormatInstant(m.started_at)},
            {"endedAt", m.ended_at ? json(FormatInstant(*m.ended_at)) : json(nullptr)},
            {"endReason", m.end_reason ? json(*m.end_reason) : json(nullptr)},
            {"version", m.version}};
  if (m.user) {
    j["userId"] = m.user->Value();
  }
  if (m.team) {
    j["teamId"] = m.team->Value();
  }
  if (m.organisation) {
    j["organisationId"] = m.organisation->Value();
  }
  return j;
}

care::CareTeams Service(const Call& call) {
  return care::CareTeams(call.services.db, call.services.clock);
}

CareTeamMemberId MemberId(const Request& req) {
  return CareTeamMemberId(PathId(req.path_params.at("memberId")));
}

}  // namespace

Response GetCareTeam(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  const bool include_ended = req.Query("includeEnded") == "true";
  json items = json::array();
  for (const auto& m : Service(call).Members(call.Who(), id, include_ended)) {
    items.push_back(MemberJson(m));
  }
  return Json(200, {{"personId", id.Value()}, {"members", items}});
}

Response AddCareTeamMember(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  store::CareTeamMember m;
  if (const auto user = body.Integer("userId", false)) {
    m.user = UserId(*user);
  }
  if (const auto team = body.Integer("teamId", false)) {
    m.team = TeamId(*team);
  }
  if (const auto org = body.Integer("organisationId", false)) {
    m.organisation = OrganisationId(*org);
  }
  m.role = body.String("role", true).value_or("");
  m.lead = body.Boolean("lead", false).value_or(false);
  if ((m.user ? 1 : 0) + (m.team ? 1 : 0) + (m.organisation ? 1 : 0) != 1) {
    body.Invalid("userId", "give exactly one of userId, teamId, organisationId");
  }
  body.ThrowIfInvalid();
  return Json(201, MemberJson(Service(call).Add(call.Who(), id, std::move(m))));
}

Response UpdateCareTeamMember(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  const auto role = body.String("role", true);
  const auto lead = body.Boolean("lead", true);
  const auto version = body.Integer("version", true);
  body.ThrowIfInvalid();
  return Json(
      200, MemberJson(Service(call).Change(call.Who(), id, MemberId(req), *role, *lead, *version)));
}

Response EndCareTeamMember(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  const auto version = body.Integer("version", true);
  const auto reason = body.String("reason", false);
  body.ThrowIfInvalid();
  return Json(200, MemberJson(Service(call).End(call.Who(), id, MemberId(req), *version, reason)));
}

}  // namespace lcn::api::handlers
