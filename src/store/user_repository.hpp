// SPDX-License-Identifier: Apache-2.0
//
// UserRepository reads and writes staff accounts inside the caller's transaction: identity,
// role, organisation, password hash, disablement and the failed-sign-in counter behind
// throttling. Stateless; thread-compatible.
#pragma once

#include <optional>
#include <vector>

#include "core/clock.hpp"
#include "domain/records.hpp"
#include "sql/database.hpp"

namespace lcn::store {

class UserRepository {
 public:
  explicit UserRepository(sql::Transaction& tx) : tx_(tx) {}

  // Returns the new id. Throws Error(kConflict) when the username is taken.
  UserId Insert(const domain::User& user, Micros now);

  [[nodiscard]] std::optional<domain::User> FindById(UserId id);

  [[nodiscard]] std::optional<domain::User> FindByUsername(const std::string& username);

  // All users ordered by username.
  std::vector<domain::User> List();

  // Optimistic update of display name, role, organisation and disablement; returns the new
  // version. kConflict when stale, kNotFound when missing.
  std::int64_t UpdateProfile(const domain::User& user, Micros now);

  // Returns false when no such user.
  bool SetDisabled(UserId id, bool disabled, Micros now);

  // Replaces the password hash and clears failures and lock-out. False when no such user.
  bool SetPasswordHash(UserId id, const std::string& hash, Micros now);

  // Records a failed sign-in; when the count reaches `lock_after`, sets locked_until to
  // `lock_until`. Returns the new failure count.
  std::int64_t RecordFailedSignIn(UserId id, std::int64_t lock_after, Micros lock_until);

  void ClearFailedSignIns(UserId id);

  // The ids of the networks the user works in: the network their organisation is aligned to
  // and the networks of their teams (a neighbourhood counts as its network).
  std::vector<AreaId> NetworksOf(UserId id);

 private:
  sql::Transaction& tx_;
};

struct SessionRecord {
  std::string token_hash;
  UserId user_id;
  std::string csrf_token;
  Micros created_at = 0;
  Micros last_seen_at = 0;
  Micros expires_at = 0;  // absolute expiry
};

class SessionRepository {
 public:
  explicit SessionRepository(sql::Transaction& tx) : tx_(tx) {}

  void Insert(const SessionRecord& session);

  [[nodiscard]] std::optional<SessionRecord> Find(const std::string& token_hash);

  void Touch(const std::string& token_hash, Micros now);

  void Delete(const std::string& token_hash);

  // Ends every session of `user` (on disable or password reset).
  void DeleteForUser(UserId user);

  // Removes sessions idle since before `idle_cutoff` or past their absolute expiry.
  std::int64_t DeleteExpired(Micros now, Micros idle_cutoff);

 private:
  sql::Transaction& tx_;
};

}  // namespace lcn::store
