// SPDX-License-Identifier: Apache-2.0
//
// Staff accounts: listed, added and changed by administrators.
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "crypto/crypto.hpp"
#include "directory/directory_handlers.hpp"
#include "domain/password_policy.hpp"
#include "store/organisation_repository.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::api::handlers {

using nlohmann::json;
using sql::TransactionMode;

Response ListUsers(const Request&, const Call& call) {
  return store::RunInTransaction(call.services.db, TransactionMode::kReadOnly, [&](auto& tx) {
    json items = json::array();
    for (const auto& u : store::UserRepository(tx).List()) {
      items.push_back(UserJson(u));
    }
    return Json(200, {{"items", items}});
  });
}

Response CreateUser(const Request& req, const Call& call) {
  JsonBody body(req.body);
  domain::User user;
  if (auto username = body.String("username", true)) {
    user.username = *username;
    if (user.username.size() > 64 ||
        user.username.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789.-_") !=
            std::string::npos) {
      body.Invalid("username", "must be lower-case letters, digits, '.', '-' or '_' (at most 64)");
    }
  }
  if (auto name = body.String("displayName", true)) {
    user.display_name = *name;
  }
  if (auto role = body.String("role", true)) {
    if (auto r = domain::ParseRole(*role)) {
      user.role = *r;
    } else {
      body.Invalid("role", "is not a known role");
    }
  }
  const auto org = body.Integer("organisationId", true);
  const auto password = body.String("password", true);
  if (password) {
    if (auto why = domain::CheckPassword(*password, user.username)) {
      body.Invalid("password", *why);
    }
  }
  body.ThrowIfInvalid();
  user.organisation_id = OrganisationId(*org);
  user.password_hash = crypto::HashPassword(
      *password, call.services.config.auth.fast_password_hashing ? crypto::HashCost::kMinimal
                                                                 : crypto::HashCost::kInteractive);
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    if (!store::OrganisationRepository(tx).FindById(user.organisation_id)) {
      throw Error(ErrorCode::kBadRequest, "no such organisation",
                  {{"organisationId", "no organisation has this id"}});
    }
    store::UserRepository users(tx);
    if (users.FindByUsername(user.username)) {
      throw Error(ErrorCode::kConflict, "this username is taken",
                  {{"username", "is already used"}});
    }
    domain::User created = user;
    created.id = users.Insert(user, now);
    return Json(201, UserJson(created));
  });
}

Response UpdateUser(const Request& req, const Call& call) {
  const UserId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  const auto name = body.String("displayName", true);
  std::optional<domain::Role> role;
  if (const auto r = body.String("role", true)) {
    role = domain::ParseRole(*r);
    if (!role) {
      body.Invalid("role", "is not a known role");
    }
  }
  const auto org = body.Integer("organisationId", true);
  const auto disabled = body.Boolean("disabled", false);
  const auto version = body.Integer("version", true);
  body.ThrowIfInvalid();
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    store::UserRepository users(tx);
    auto user = users.FindById(id);
    if (!user) {
      throw Error(ErrorCode::kNotFound, "no user has this id");
    }
    if (!store::OrganisationRepository(tx).FindById(OrganisationId(*org))) {
      throw Error(ErrorCode::kBadRequest, "no such organisation",
                  {{"organisationId", "no organisation has this id"}});
    }
    if (id == call.Who().user_id && disabled.value_or(false)) {
      throw Error(ErrorCode::kConflict, "you cannot disable your own account",
                  {{"disabled", "would lock you out"}});
    }
    user->display_name = *name;
    user->role = *role;
    user->organisation_id = OrganisationId(*org);
    user->disabled = disabled.value_or(false);
    user->version = *version;
    user->version = users.UpdateProfile(*user, now);
    if (user->disabled) {
      store::SessionRepository(tx).DeleteForUser(id);
    }
    return Json(200, UserJson(*user));
  });
}

}  // namespace lcn::api::handlers
