// SPDX-License-Identifier: Apache-2.0
//
// Teams: read by every signed-in role; added, changed and staffed by administrators.
#include <algorithm>

#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "directory/area_rules.hpp"
#include "directory/directory_handlers.hpp"
#include "store/organisation_repository.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;
using sql::TransactionMode;

domain::Team RequireTeam(sql::Transaction& tx, TeamId id) {
  auto team = store::TeamRepository(tx).FindById(id);
  if (!team) {
    throw Error(ErrorCode::kNotFound, "no team has this id");
  }
  return *team;
}

}  // namespace

Response ListTeams(const Request& req, const Call& call) {
  std::optional<OrganisationId> org;
  if (const auto o = req.Query("organisationId")) {
    org = OrganisationId(PathId(*o));
  }
  return store::RunInTransaction(call.services.db, TransactionMode::kReadOnly, [&](auto& tx) {
    json items = json::array();
    for (const auto& t : store::TeamRepository(tx).List(org)) {
      items.push_back(TeamJson(t));
    }
    return Json(200, {{"items", items}});
  });
}

Response GetTeam(const Request& req, const Call& call) {
  const TeamId id(PathId(req.path_params.at("id")));
  return store::RunInTransaction(call.services.db, TransactionMode::kReadOnly, [&](auto& tx) {
    json out = TeamJson(RequireTeam(tx, id));
    json members = json::array();
    store::UserRepository users(tx);
    for (const UserId member : store::TeamRepository(tx).Members(id)) {
      if (const auto u = users.FindById(member)) {
        members.push_back({{"id", u->id.Value()},
                           {"username", u->username},
                           {"displayName", u->display_name},
                           {"role", domain::RoleName(u->role)}});
      }
    }
    out["members"] = members;
    return Json(200, out);
  });
}

Response CreateTeam(const Request& req, const Call& call) {
  JsonBody body(req.body);
  domain::Team team;
  const auto org = body.Integer("organisationId", true);
  if (auto name = body.String("name", true)) {
    team.name = *name;
  }
  const auto area = body.Integer("areaId", false);
  body.ThrowIfInvalid();
  team.organisation_id = OrganisationId(*org);
  team.area_id = area ? std::optional<AreaId>(AreaId(*area)) : std::nullopt;
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    if (!store::OrganisationRepository(tx).FindById(team.organisation_id)) {
      throw Error(ErrorCode::kBadRequest, "no such organisation",
                  {{"organisationId", "no organisation has this id"}});
    }
    directory::CheckAreaExists(tx, team.area_id);
    domain::Team created = team;
    created.id = store::TeamRepository(tx).Insert(team, now);
    return Json(201, TeamJson(created));
  });
}

Response UpdateTeam(const Request& req, const Call& call) {
  const TeamId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  const auto name = body.String("name", true);
  const auto area = body.Integer("areaId", false);
  const auto version = body.Integer("version", true);
  body.ThrowIfInvalid();
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    domain::Team team = RequireTeam(tx, id);
    team.name = *name;
    team.area_id = area ? std::optional<AreaId>(AreaId(*area)) : std::nullopt;
    team.version = *version;
    directory::CheckAreaExists(tx, team.area_id);
    team.version = store::TeamRepository(tx).Update(team, now);
    return Json(200, TeamJson(team));
  });
}

Response AddTeamMember(const Request& req, const Call& call) {
  const TeamId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  const auto user = body.Integer("userId", true);
  body.ThrowIfInvalid();
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    RequireTeam(tx, id);
    if (!store::UserRepository(tx).FindById(UserId(*user))) {
      throw Error(ErrorCode::kBadRequest, "no such user", {{"userId", "no user has this id"}});
    }
    store::TeamRepository teams(tx);
    const auto members = teams.Members(id);
    if (std::find(members.begin(), members.end(), UserId(*user)) != members.end()) {
      throw Error(ErrorCode::kConflict, "this user is already a member of the team",
                  {{"userId", "is already a member"}});
    }
    teams.AddMember(id, UserId(*user));
    return Json(201, {{"teamId", id.Value()}, {"userId", *user}});
  });
}

Response RemoveTeamMember(const Request& req, const Call& call) {
  const TeamId id(PathId(req.path_params.at("id")));
  const UserId user(PathId(req.path_params.at("userId")));
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    if (!store::TeamRepository(tx).RemoveMember(id, user)) {
      throw Error(ErrorCode::kNotFound, "this user is not a member of this team");
    }
    Response r;
    r.status = 204;
    return r;
  });
}

}  // namespace lcn::api::handlers
