// SPDX-License-Identifier: Apache-2.0
#include "auth/person_access.hpp"

#include "audit/audit_trail.hpp"

namespace lcn::auth {

void AuditPersonAccess(sql::Transaction& tx, const Principal& who, Micros now,
                       const PersonAuditEntry& entry) {
  store::AuditRow row;
  row.at = now;
  row.user_id = who.user_id.Value();
  row.username = who.username;
  row.role = std::string(domain::RoleName(who.role));
  row.organisation_id = who.organisation_id.Value();
  row.action = entry.action;
  row.person_id = entry.person_id;
  row.outcome = entry.outcome;
  row.purpose = entry.purpose;
  row.reason = entry.reason;
  row.detail = entry.detail;
  audit::Record(tx, std::move(row));
}

std::optional<store::Relationship> DecidePersonAccess(sql::Transaction& tx, const Principal& who,
                                                      PersonId person, const std::string& action,
                                                      Micros now) {
  auto relationship = store::RelationshipRepository(tx).Find(who.AsAccessor(), person, now);
  PersonAuditEntry entry;
  entry.action = action;
  entry.person_id = person.Value();
  if (relationship) {
    entry.outcome = "allowed";
    entry.purpose = std::string(store::RelationshipBasisName(relationship->basis));
  } else {
    entry.outcome = "denied";
    entry.detail = "no legitimate relationship";
  }
  AuditPersonAccess(tx, who, now, entry);
  return relationship;
}

}  // namespace lcn::auth
