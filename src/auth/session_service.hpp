// SPDX-License-Identifier: Apache-2.0
//
// SessionService signs staff in and out and turns a session cookie into a Principal.
// Passwords are argon2id (libsodium); session tokens are 256-bit random values of which only a
// SHA-256 is stored; each session carries its own CSRF token; sessions end after an idle period
// and an absolute lifetime; repeated failures lock the account for a while. Every sign-in
// attempt writes an audit row. Thread-safe (state lives in the database).
#pragma once

#include <optional>
#include <string>

#include "auth/principal.hpp"
#include "config/config.hpp"
#include "core/clock.hpp"
#include "sql/database.hpp"

namespace lcn::auth {

struct SignInResult {
  Principal principal;
  std::string session_token;  // the raw token for the cookie; never stored
};

class SessionService {
 public:
  SessionService(sql::Database& db, const Clock& clock, const config::AuthConfig& config)
      : db_(db), clock_(clock), config_(config) {}

  // Signs in. Throws Error(kUnauthenticated) for an unknown user, a wrong password or a disabled
  // account (one message for all three), Error(kTooManyRequests) while locked out.
  SignInResult SignIn(const std::string& username, const std::string& password);

  // The principal for a raw session token, refreshing its idle timer; std::nullopt when the
  // token is unknown, idle too long, past its absolute expiry or the user is disabled.
  [[nodiscard]] std::optional<Principal> Authenticate(const std::string& session_token);

  // Ends the session. Idempotent.
  void SignOut(const Principal& principal);

  Micros IdleTimeout() const;

 private:
  sql::Database& db_;
  const Clock& clock_;
  const config::AuthConfig& config_;
};

}  // namespace lcn::auth
