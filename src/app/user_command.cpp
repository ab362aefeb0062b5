// SPDX-License-Identifier: Apache-2.0
//
// lcn user add | list | disable | enable | reset-password. Passwords are read from standard
// input (first line) so they never appear in shell history or process lists.
#include <cstdio>
#include <iostream>
#include <string>

#include "app/commands.hpp"
#include "app/server_context.hpp"
#include "core/error.hpp"
#include "crypto/crypto.hpp"
#include "domain/password_policy.hpp"
#include "store/organisation_repository.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::app {
namespace {

std::string ReadPassword(std::istream& in) {
  std::string line;
  if (!std::getline(in, line)) {
    throw Error(ErrorCode::kBadRequest, "no password on standard input (send it as one line)");
  }
  if (!line.empty() && line.back() == '\r') {
    line.pop_back();
  }
  return line;
}

crypto::HashCost CostFor(const config::Config& config) {
  return config.auth.fast_password_hashing ? crypto::HashCost::kMinimal
                                           : crypto::HashCost::kInteractive;
}

domain::User RequireUser(sql::Transaction& tx, const std::string& username) {
  auto user = store::UserRepository(tx).FindByUsername(username);
  if (!user) {
    throw Error(ErrorCode::kNotFound, "no user is called '" + username + "'");
  }
  return *user;
}

}  // namespace

int RunUserAdd(const config::Config& config, const UserAddOptions& options, std::istream& in) {
  IssueCollector issues;
  const auto role = domain::ParseRole(options.role);
  if (!role) {
    issues.Add("--role", "is not a known role (e.g. gp, care_coordinator, administrator)");
  }
  if (options.username.empty() ||
      options.username.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789.-_") !=
          std::string::npos) {
    issues.Add("--username", "must be lower-case letters, digits, '.', '-' or '_'");
  }
  const std::string password = ReadPassword(in);
  if (auto why = domain::CheckPassword(password, options.username)) {
    issues.Add("password", *why);
  }
  issues.ThrowIfAny("cannot add the user");
  SystemClock clock;
  auto db = OpenAndMigrate(config, clock);
  const std::string hash = crypto::HashPassword(password, CostFor(config));
  const UserId id = store::RunInTransaction(*db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    store::OrganisationRepository orgs(tx);
    auto org = orgs.FindByOdsCode(options.organisation);
    if (!org && !options.organisation.empty() &&
        options.organisation.find_first_not_of("0123456789") == std::string::npos) {
      org = orgs.FindById(OrganisationId(std::stoll(options.organisation)));
    }
    if (!org) {
      throw Error(ErrorCode::kNotFound, "--organisation: no organisation has ODS code or id '" +
                                            options.organisation + "'");
    }
    store::UserRepository users(tx);
    if (users.FindByUsername(options.username)) {
      throw Error(ErrorCode::kConflict, "--username: '" + options.username + "' is already taken");
    }
    domain::User user;
    user.username = options.username;
    user.display_name = options.display_name.empty() ? options.username : options.display_name;
    user.role = *role;
    user.organisation_id = org->id;
    user.password_hash = hash;
    return users.Insert(user, clock.Now());
  });
  std::printf("Added user %s (id %lld).\n", options.username.c_str(),
              static_cast<long long>(id.Value()));
  return 0;
}

int RunUserList(const config::Config& config) {
  SystemClock clock;
  auto db = OpenAndMigrate(config, clock);
  const auto users = store::RunInTransaction(*db, sql::TransactionMode::kReadOnly, [](auto& tx) {
    return store::UserRepository(tx).List();
  });
  std::printf("%-32s %-20s %-9s %s\n", "USERNAME", "ROLE", "STATE", "NAME");
  for (const auto& u : users) {
    const char* state = u.disabled ? "disabled" : (u.locked_until ? "locked" : "active");
    std::printf("%-32s %-20s %-9s %s\n", u.username.c_str(),
                std::string(domain::RoleName(u.role)).c_str(), state, u.display_name.c_str());
  }
  return 0;
}

int RunUserSetDisabled(const config::Config& config, const std::string& username, bool disabled) {
  SystemClock clock;
  auto db = OpenAndMigrate(config, clock);
  store::RunInTransaction(*db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const auto user = RequireUser(tx, username);
    store::UserRepository(tx).SetDisabled(user.id, disabled, clock.Now());
    if (disabled) {
      store::SessionRepository(tx).DeleteForUser(user.id);
    }
  });
  std::printf("%s %s.\n", disabled ? "Disabled" : "Enabled", username.c_str());
  return 0;
}

int RunUserResetPassword(const config::Config& config, const std::string& username,
                         std::istream& in) {
  const std::string password = ReadPassword(in);
  if (auto why = domain::CheckPassword(password, username)) {
    throw Error(ErrorCode::kBadRequest, "password " + *why);
  }
  SystemClock clock;
  auto db = OpenAndMigrate(config, clock);
  const std::string hash = crypto::HashPassword(password, CostFor(config));
  store::RunInTransaction(*db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const auto user = RequireUser(tx, username);
    store::UserRepository(tx).SetPasswordHash(user.id, hash, clock.Now());
    store::SessionRepository(tx).DeleteForUser(user.id);
  });
  std::printf("Password reset for %s; their sessions were ended and any lock-out cleared.\n",
              username.c_str());
  return 0;
}

}  // namespace lcn::app
