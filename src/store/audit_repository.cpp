// SPDX-License-Identifier: Apache-2.0
#include "store/audit_repository.hpp"

#include "core/error.hpp"
#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

constexpr const char* kAuditColumns =
    "SELECT seq, at, user_id, username, role, organisation_id, action, person_id, purpose, "
    "reason, outcome, detail, prev_hash, hash FROM audit_events ";

AuditRow ToRow(const sql::Row& r) {
  AuditRow a;
  a.seq = r.Int("seq");
  a.at = r.Int("at");
  a.user_id = r.OptInt("user_id");
  a.username = r.OptText("username");
  a.role = r.OptText("role");
  a.organisation_id = r.OptInt("organisation_id");
  a.action = r.Text("action");
  a.person_id = r.OptInt("person_id");
  a.purpose = r.OptText("purpose");
  a.reason = r.OptText("reason");
  a.outcome = r.Text("outcome");
  a.detail = r.OptText("detail");
  a.prev_hash = r.Text("prev_hash");
  a.hash = r.Text("hash");
  return a;
}

}  // namespace

AuditRow AuditRepository::Append(AuditRow row,
                                 const std::function<std::string(const AuditRow&)>& hasher) {
  // Updating the head first takes its row lock (PostgreSQL) under the writer lock (SQLite).
  bool found = false;
  tx_.Query("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash", {},
            [&](const sql::Row& r) {
              row.seq = r.Int("seq");
              row.prev_hash = r.Text("hash");
              found = true;
            });
  LCN_CHECK(found);
  row.hash = hasher(row);
  tx_.Execute(
      "INSERT INTO audit_events (seq, at, user_id, username, role, organisation_id, action, "
      "person_id, purpose, reason, outcome, detail, prev_hash, hash) VALUES (${seq}, ${at}, "
      "${user_id}, ${username}, ${role}, ${org}, ${action}, ${person}, ${purpose}, ${reason}, "
      "${outcome}, ${detail}, ${prev}, ${hash})",
      {{"seq", row.seq},
       {"at", row.at},
       {"user_id", sql::Nullable(row.user_id)},
       {"username", sql::Nullable(row.username)},
       {"role", sql::Nullable(row.role)},
       {"org", sql::Nullable(row.organisation_id)},
       {"action", row.action},
       {"person", sql::Nullable(row.person_id)},
       {"purpose", sql::Nullable(row.purpose)},
       {"reason", sql::Nullable(row.reason)},
       {"outcome", row.outcome},
       {"detail", sql::Nullable(row.detail)},
       {"prev", row.prev_hash},
       {"hash", row.hash}});
  tx_.Execute("UPDATE audit_head SET hash = ${hash} WHERE id = 1", {{"hash", row.hash}});
  return row;
}

AuditHead AuditRepository::Head() {
  AuditHead head;
  tx_.Query("SELECT seq, hash FROM audit_head WHERE id = 1", {}, [&](const sql::Row& r) {
    head.seq = r.Int("seq");
    head.hash = r.Text("hash");
  });
  return head;
}

std::vector<AuditRow> AuditRepository::Scan(std::int64_t after_seq, int limit) {
  return QueryAll(tx_,
                  std::string(kAuditColumns) + "WHERE seq > ${after} ORDER BY seq LIMIT ${limit}",
                  {{"after", after_seq}, {"limit", std::int64_t{limit}}}, ToRow);
}

std::vector<AuditRow> AuditRepository::ForPerson(std::int64_t person_id, int limit) {
  return QueryAll(
      tx_,
      std::string(kAuditColumns) + "WHERE person_id = ${person} ORDER BY seq DESC LIMIT ${limit}",
      {{"person", person_id}, {"limit", std::int64_t{limit}}}, ToRow);
}

}  // namespace lcn::store
