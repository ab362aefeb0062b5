// SPDX-License-Identifier: Apache-2.0
#include "auth/session_service.hpp"

#include "audit/audit_trail.hpp"
#include "auth/permission.hpp"
#include "core/error.hpp"
#include "crypto/crypto.hpp"
#include "store/organisation_repository.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::auth {
namespace {

constexpr Micros kMinute = 60 * kMicrosPerSecond;

// A valid argon2id hash of a random password: verifying against it for unknown usernames makes
// their failures take as long as a wrong password.
const std::string& DummyHash() {
  static const std::string kHash =
      crypto::HashPassword(crypto::RandomHex(16), crypto::HashCost::kInteractive);
  return kHash;
}

Principal MakePrincipal(sql::Transaction& tx, const domain::User& user) {
  Principal p;
  p.user_id = user.id;
  p.username = user.username;
  p.display_name = user.display_name;
  p.role = user.role;
  p.organisation_id = user.organisation_id;
  if (auto org = store::OrganisationRepository(tx).FindById(user.organisation_id)) {
    p.organisation_name = org->name;
    p.organisation_kind = org->kind;
  }
  return p;
}

void AuditSignIn(sql::Transaction& tx, Micros now, const std::optional<domain::User>& user,
                 const std::string& username, const std::string& outcome,
                 const std::string& detail) {
  store::AuditRow row;
  row.at = now;
  row.action = "sign-in";
  row.outcome = outcome;
  row.username = username.substr(0, 100);
  if (user) {
    row.user_id = user->id.Value();
    row.role = std::string(domain::RoleName(user->role));
    row.organisation_id = user->organisation_id.Value();
  }
  row.detail = detail;
  audit::Record(tx, row);
}

}  // namespace

store::Accessor Principal::AsAccessor() const {
  return store::Accessor{user_id, organisation_id, WorksAcrossNetwork(role)};
}

Micros SessionService::IdleTimeout() const {
  return config_.session_idle_minutes * kMinute;
}

SignInResult SessionService::SignIn(const std::string& username, const std::string& password) {
  // Look the user up first (short transaction), verify the password outside any transaction
  // (argon2 is deliberately slow), then record the outcome.
  const auto user = store::RunInTransaction(db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
    return store::UserRepository(tx).FindByUsername(username);
  });
  const Micros now = clock_.Now();
  if (user && user->locked_until && *user->locked_until > now) {
    store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
      AuditSignIn(tx, now, user, username, "denied", "account locked");
    });
    throw Error(ErrorCode::kTooManyRequests,
                "too many failed sign-ins: this account is locked for a few minutes; try again "
                "later or ask an administrator to reset the password");
  }
  const bool password_ok =
      crypto::VerifyPassword(password, user ? user->password_hash : DummyHash());
  if (!user || !password_ok || user->disabled) {
    store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
      if (user && !password_ok) {
        store::UserRepository(tx).RecordFailedSignIn(user->id, config_.lockout_threshold,
                                                     now + config_.lockout_minutes * kMinute);
      }
      AuditSignIn(tx, now, user, username, "denied",
                  !user ? "unknown user" : (!password_ok ? "wrong password" : "account disabled"));
    });
    throw Error(ErrorCode::kUnauthenticated, "the username or password is not right");
  }
  const std::string token = crypto::RandomHex(32);
  return store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    store::UserRepository(tx).ClearFailedSignIns(user->id);
    store::SessionRecord session{crypto::Sha256Hex(token),
                                 user->id,
                                 crypto::RandomHex(32),
                                 now,
                                 now,
                                 now + config_.session_absolute_hours * 60 * kMinute};
    store::SessionRepository(tx).Insert(session);
    AuditSignIn(tx, now, user, username, "allowed", "");
    Principal p = MakePrincipal(tx, *user);
    p.session_token_hash = session.token_hash;
    p.csrf_token = session.csrf_token;
    return SignInResult{p, token};
  });
}

std::optional<Principal> SessionService::Authenticate(const std::string& session_token) {
  if (session_token.empty() || session_token.size() > 128) {
    return std::nullopt;
  }
  const std::string hash = crypto::Sha256Hex(session_token);
  const Micros now = clock_.Now();

  // Most requests only read; the database is written only to end a session or to move its
  // idle timer on (at most once a minute).
  struct Lookup {
    std::optional<Principal> principal;
    bool expired = false;
    bool touch = false;
  };

  const Lookup found = store::RunInTransaction(db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
    Lookup out;
    const auto session = store::SessionRepository(tx).Find(hash);
    if (!session) {
      return out;
    }
    const auto user = store::UserRepository(tx).FindById(session->user_id);
    if (session->expires_at <= now || session->last_seen_at + IdleTimeout() <= now || !user ||
        user->disabled) {
      out.expired = true;
      return out;
    }
    out.touch = session->last_seen_at + kMinute <= now;
    Principal p = MakePrincipal(tx, *user);
    p.session_token_hash = hash;
    p.csrf_token = session->csrf_token;
    out.principal = std::move(p);
    return out;
  });
  if (found.expired || found.touch) {
    store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
      store::SessionRepository sessions(tx);
      if (found.expired) {
        sessions.Delete(hash);
      } else {
        sessions.Touch(hash, now);
      }
    });
  }
  return found.principal;
}

void SessionService::SignOut(const Principal& principal) {
  store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    store::SessionRepository(tx).Delete(principal.session_token_hash);
  });
}

}  // namespace lcn::auth
