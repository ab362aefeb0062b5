// SPDX-License-Identifier: Apache-2.0
//
// AuditRepository appends rows to the hash-chained audit trail and reads them back, inside the
// caller's transaction, so that a change and its audit row commit or roll back together. The
// chain head (audit_head, one row) is updated first, which row-locks it on both engines and
// serialises appends; the hash itself is computed by the caller (audit/), so this file knows
// nothing of the hash function.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "sql/database.hpp"

namespace lcn::store {

struct AuditRow {
  std::int64_t seq = 0;
  Micros at = 0;
  std::optional<std::int64_t> user_id;
  std::optional<std::string> username;
  std::optional<std::string> role;
  std::optional<std::int64_t> organisation_id;
  std::string action;  // read, search, create, update, refuse, break-glass, sign-in ...
  std::optional<std::int64_t> person_id;
  std::optional<std::string> purpose;
  std::optional<std::string> reason;
  std::string outcome;  // allowed, denied, failed
  std::optional<std::string> detail;
  std::string prev_hash;
  std::string hash;
};

struct AuditHead {
  std::int64_t seq = 0;
  std::string hash;
};

class AuditRepository {
 public:
  explicit AuditRepository(sql::Transaction& tx) : tx_(tx) {}

  // Assigns the next sequence number and prev_hash to `row`, computes row.hash with `hasher`,
  // inserts it and advances the head. Returns the stored row.
  AuditRow Append(AuditRow row, const std::function<std::string(const AuditRow&)>& hasher);

  AuditHead Head();

  // Rows in sequence order, starting after `after_seq`, at most `limit`.
  std::vector<AuditRow> Scan(std::int64_t after_seq, int limit);

  // Rows about one person, newest first.
  std::vector<AuditRow> ForPerson(std::int64_t person_id, int limit);

 private:
  sql::Transaction& tx_;
};

}  // namespace lcn::store
