// SPDX-License-Identifier: Apache-2.0
#include "store/user_repository.hpp"

#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

constexpr const char* kUserColumns =
    "SELECT id, username, display_name, role, organisation_id, password_hash, disabled, "
    "failed_logins, locked_until, version FROM users ";

domain::User ToUser(const sql::Row& r) {
  domain::User u;
  u.id = UserId(r.Int("id"));
  u.username = r.Text("username");
  u.display_name = r.Text("display_name");
  u.role = domain::ParseRole(r.Text("role")).value_or(domain::Role::kAnalyst);
  u.organisation_id = OrganisationId(r.Int("organisation_id"));
  u.password_hash = r.Text("password_hash");
  u.disabled = r.Int("disabled") != 0;
  u.failed_logins = r.Int("failed_logins");
  u.locked_until = r.OptInt("locked_until");
  u.version = r.Int("version");
  return u;
}

SessionRecord ToSession(const sql::Row& r) {
  return SessionRecord{r.Text("token_hash"), UserId(r.Int("user_id")), r.Text("csrf_token"),
                       r.Int("created_at"),  r.Int("last_seen_at"),    r.Int("expires_at")};
}

}  // namespace

UserId UserRepository::Insert(const domain::User& user, Micros now) {
  std::int64_t id = 0;
  tx_.Query(
      "INSERT INTO users (username, display_name, role, organisation_id, password_hash, disabled, "
      "password_changed_at, created_at, updated_at) VALUES (${username}, ${display}, ${role}, "
      "${org}, ${hash}, ${disabled}, ${now}, ${now}, ${now}) RETURNING id",
      {{"username", user.username},
       {"display", user.display_name},
       {"role", std::string(domain::RoleName(user.role))},
       {"org", user.organisation_id.Value()},
       {"hash", user.password_hash},
       {"disabled", std::int64_t{user.disabled ? 1 : 0}},
       {"now", now}},
      [&](const sql::Row& r) { id = r.Int("id"); });
  return UserId(id);
}

std::optional<domain::User> UserRepository::FindById(UserId id) {
  return QueryOne(tx_, std::string(kUserColumns) + "WHERE id = ${id}", {{"id", id.Value()}},
                  ToUser);
}

std::optional<domain::User> UserRepository::FindByUsername(const std::string& username) {
  return QueryOne(tx_, std::string(kUserColumns) + "WHERE username = ${u}", {{"u", username}},
                  ToUser);
}

std::vector<domain::User> UserRepository::List() {
  return QueryAll(tx_, std::string(kUserColumns) + "ORDER BY username", {}, ToUser);
}

std::int64_t UserRepository::UpdateProfile(const domain::User& user, Micros now) {
  const std::int64_t changed = tx_.Execute(
      "UPDATE users SET display_name = ${display}, role = ${role}, organisation_id = ${org}, "
      "disabled = ${disabled}, version = version + 1, updated_at = ${now} "
      "WHERE id = ${id} AND version = ${version}",
      {{"display", user.display_name},
       {"role", std::string(domain::RoleName(user.role))},
       {"org", user.organisation_id.Value()},
       {"disabled", std::int64_t{user.disabled ? 1 : 0}},
       {"now", now},
       {"id", user.id.Value()},
       {"version", user.version}});
  if (changed == 0) {
    ThrowStaleOrMissing(FindById(user.id).has_value(), "user");
  }
  return user.version + 1;
}

bool UserRepository::SetDisabled(UserId id, bool disabled, Micros now) {
  return tx_.Execute(
             "UPDATE users SET disabled = ${d}, version = version + 1, updated_at = ${now} "
             "WHERE id = ${id}",
             {{"d", std::int64_t{disabled ? 1 : 0}}, {"now", now}, {"id", id.Value()}}) > 0;
}

bool UserRepository::SetPasswordHash(UserId id, const std::string& hash, Micros now) {
  return tx_.Execute(
             "UPDATE users SET password_hash = ${h}, failed_logins = 0, locked_until = NULL, "
             "password_changed_at = ${now}, version = version + 1, updated_at = ${now} "
             "WHERE id = ${id}",
             {{"h", hash}, {"now", now}, {"id", id.Value()}}) > 0;
}

std::int64_t UserRepository::RecordFailedSignIn(UserId id, std::int64_t lock_after,
                                                Micros lock_until) {
  std::int64_t failures = 0;
  tx_.Query(
      "UPDATE users SET failed_logins = failed_logins + 1, locked_until = CASE WHEN "
      "failed_logins + 1 >= ${after} THEN ${until} ELSE locked_until END WHERE id = ${id} "
      "RETURNING failed_logins",
      {{"after", lock_after}, {"until", lock_until}, {"id", id.Value()}},
      [&](const sql::Row& r) { failures = r.Int("failed_logins"); });
  return failures;
}

void UserRepository::ClearFailedSignIns(UserId id) {
  tx_.Execute("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ${id}",
              {{"id", id.Value()}});
}

std::vector<AreaId> UserRepository::NetworksOf(UserId id) {
  std::vector<AreaId> out;
  tx_.Query(
      "SELECT DISTINCT n.id AS id FROM ("
      "  SELECT o.area_id AS area_id FROM users u JOIN organisations o ON o.id = u.organisation_id"
      "   WHERE u.id = ${id}"
      "  UNION SELECT t.area_id FROM team_members m JOIN teams t ON t.id = m.team_id"
      "   WHERE m.user_id = ${id}) s "
      "JOIN areas a ON a.id = s.area_id "
      "JOIN areas n ON n.id = CASE WHEN a.kind = 'neighbourhood' THEN a.parent_id ELSE a.id END "
      "WHERE n.kind = 'network' ORDER BY n.id",
      {{"id", id.Value()}}, [&](const sql::Row& r) { out.emplace_back(r.Int("id")); });
  return out;
}

void SessionRepository::Insert(const SessionRecord& s) {
  tx_.Execute(
      "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, "
      "expires_at) VALUES (${t}, ${u}, ${c}, ${created}, ${seen}, ${expires})",
      {{"t", s.token_hash},
       {"u", s.user_id.Value()},
       {"c", s.csrf_token},
       {"created", s.created_at},
       {"seen", s.last_seen_at},
       {"expires", s.expires_at}});
}

std::optional<SessionRecord> SessionRepository::Find(const std::string& token_hash) {
  return QueryOne(tx_,
                  "SELECT token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at "
                  "FROM sessions WHERE token_hash = ${t}",
                  {{"t", token_hash}}, ToSession);
}

void SessionRepository::Touch(const std::string& token_hash, Micros now) {
  tx_.Execute("UPDATE sessions SET last_seen_at = ${now} WHERE token_hash = ${t}",
              {{"now", now}, {"t", token_hash}});
}

void SessionRepository::Delete(const std::string& token_hash) {
  tx_.Execute("DELETE FROM sessions WHERE token_hash = ${t}", {{"t", token_hash}});
}

void SessionRepository::DeleteForUser(UserId user) {
  tx_.Execute("DELETE FROM sessions WHERE user_id = ${u}", {{"u", user.Value()}});
}

std::int64_t SessionRepository::DeleteExpired(Micros now, Micros idle_cutoff) {
  return tx_.Execute("DELETE FROM sessions WHERE expires_at <= ${now} OR last_seen_at < ${idle}",
                     {{"now", now}, {"idle", idle_cutoff}});
}

}  // namespace lcn::store
