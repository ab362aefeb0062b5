// SPDX-License-Identifier: Apache-2.0
//
// A person's care team: members from any organisation (a named member of staff, a team or an
// organisation) with their role and a lead flag; joining and leaving. Active membership gives
// a legitimate relationship, so a new member can open the person's record at once; ending it
// takes that away (break-glass remains).
#include "care/care_team/care_team_handlers.hpp"

#include "api/handlers/person_scope.hpp"
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "care/care_team/care_team_repository.hpp"
#include "core/time_format.hpp"
#include "store/organisation_repository.hpp"
#include "store/user_repository.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

json MemberJson(const store::CareTeamMember& m) {
  json j = {{"id", m.id},
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

json TeamJson(sql::Transaction& tx, PersonId person, bool include_ended) {
  json items = json::array();
  for (const auto& m : store::CareTeamRepository(tx).Members(person, include_ended)) {
    items.push_back(MemberJson(m));
  }
  return {{"personId", person.Value()}, {"members", items}};
}

std::int64_t MemberId(const Request& req, sql::Transaction& tx, PersonId person) {
  const std::int64_t id = PathId(req.path_params.at("memberId"));
  const auto m = store::CareTeamRepository(tx).Find(id);
  if (!m || m->person != person) {
    throw Error(ErrorCode::kNotFound, "no such care team member for this person");
  }
  return id;
}

}  // namespace

Response GetCareTeam(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  const bool include_ended = req.Query("includeEnded") == "true";
  return WithPersonAccess(call, id, "read-care-team", [&](auto& tx, Micros) {
    return Json(200, TeamJson(tx, id, include_ended));
  });
}

Response AddCareTeamMember(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  store::CareTeamMember m;
  m.person = id;
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
  m.added_by = call.Who().user_id;
  return WithPersonAccess(call, id, "update-care-team", [&](auto& tx, Micros now) {
    if (m.user) {
      const auto user = store::UserRepository(tx).FindById(*m.user);
      if (!user || user->disabled) {
        throw Error(ErrorCode::kBadRequest, "the member is not valid",
                    {{"userId", "must be the id of an active member of staff"}});
      }
    }
    if (m.team && !store::TeamRepository(tx).FindById(*m.team)) {
      throw Error(ErrorCode::kBadRequest, "the member is not valid",
                  {{"teamId", "must be the id of a team"}});
    }
    if (m.organisation && !store::OrganisationRepository(tx).FindById(*m.organisation)) {
      throw Error(ErrorCode::kBadRequest, "the member is not valid",
                  {{"organisationId", "must be the id of an organisation"}});
    }
    store::CareTeamRepository team(tx);
    if (team.FindActive(id, m.user, m.team, m.organisation)) {
      return Problem(409, "already-a-member", "Already in the care team",
                     "this member is already in the person's care team; change their role "
                     "instead");
    }
    const std::int64_t member = team.Add(m, now);
    return Json(201, MemberJson(*team.Find(member)));
  });
}

Response UpdateCareTeamMember(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  const auto role = body.String("role", true);
  const auto lead = body.Boolean("lead", true);
  const auto version = body.Integer("version", true);
  body.ThrowIfInvalid();
  return WithPersonAccess(call, id, "update-care-team", [&](auto& tx, Micros now) {
    store::CareTeamRepository team(tx);
    auto m = *team.Find(MemberId(req, tx, id));
    m.role = *role;
    m.lead = *lead;
    m.version = *version;
    team.Update(m, now);
    return Json(200, MemberJson(*team.Find(m.id)));
  });
}

Response EndCareTeamMember(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  const auto version = body.Integer("version", true);
  const auto reason = body.String("reason", false);
  body.ThrowIfInvalid();
  return WithPersonAccess(call, id, "update-care-team", [&](auto& tx, Micros now) {
    store::CareTeamRepository team(tx);
    const std::int64_t member = MemberId(req, tx, id);
    team.End(member, *version, reason, now);
    return Json(200, MemberJson(*team.Find(member)));
  });
}

}  // namespace lcn::api::handlers
