// SPDX-License-Identifier: Apache-2.0
//
// The access decision for one person's record, and its audit row, inside the caller's
// transaction: role permission (checked by the router) AND a legitimate relationship
// (registered practice, network role, or an unexpired break-glass grant). Every decision,
// allowed or refused, writes one audit row in the same transaction as the data it touched.
#pragma once

#include <optional>
#include <string>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "sql/database.hpp"
#include "store/relationship_repository.hpp"

namespace lcn::auth {

struct PersonAuditEntry {
  std::string action;  // read, search-result, create, update, break-glass, refuse ...
  std::optional<std::int64_t> person_id;
  std::string outcome;  // allowed, denied
  std::optional<std::string> purpose;
  std::optional<std::string> reason;
  std::optional<std::string> detail;
};

// Appends an audit row for `who` in `tx`.
void AuditPersonAccess(sql::Transaction& tx, const Principal& who, Micros now,
                       const PersonAuditEntry& entry);

// Finds the relationship between `who` and `person` at `now` and audits the decision for
// `action`: outcome allowed with the basis as purpose, or denied. Returns the relationship, or
// std::nullopt when refused (the refusal row is written; the caller commits and answers 403).
[[nodiscard]] std::optional<store::Relationship> DecidePersonAccess(sql::Transaction& tx,
                                                                    const Principal& who,
                                                                    PersonId person,
                                                                    const std::string& action,
                                                                    Micros now);

}  // namespace lcn::auth
