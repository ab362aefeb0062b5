// SPDX-License-Identifier: Apache-2.0
//
// CareTeams: the use cases of a person's care team (docs/care-coordination.md) for every edge:
// read the members, add one (a member of staff, a team or an organisation), change a member's
// role or lead flag, end a membership. Active membership is a legitimate relationship, so a new
// member can open the person's record at once and an ended one no longer can (break-glass
// remains). Each use case runs through auth::RunPersonUseCase: the person must exist
// (kNotFound), the caller needs a legitimate relationship (kForbidden, audited), and the access
// row commits with the change, or alone when the use case throws (nothing else is written).
// Holds references only; cheap to construct per call; thread-safe as the database is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "care/care_team/care_team.hpp"
#include "care/care_team/care_team_repository.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::care {

class CareTeams {
 public:
  CareTeams(sql::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // The person's members, active first (by start), then ended ones when `include_ended`
  // (audited as read-care-team).
  std::vector<store::CareTeamMember> Members(const auth::Principal& who, PersonId person,
                                             bool include_ended) const;

  // Adds `member` (its user, team or organisation, role and lead) to the person's team, added
  // by `who` (audited as update-care-team); a new lead takes the lead from the previous one.
  // Returns the member as stored. Throws Error(kBadRequest) naming userId (not an active member
  // of staff), teamId or organisationId (no such one); Error(kConflict, kind
  // "already-a-member") when they are already an active member.
  // REQUIRES: exactly one of member.user, member.team, member.organisation.
  store::CareTeamMember Add(const auth::Principal& who, PersonId person,
                            store::CareTeamMember member) const;

  // Changes the role and lead flag of member `id` (audited as update-care-team). Returns the
  // member as stored. Throws Error(kNotFound) when the person has no such member,
  // Error(kConflict) when `version` is stale or the membership has ended.
  store::CareTeamMember Change(const auth::Principal& who, PersonId person, CareTeamMemberId id,
                               const std::string& role, bool lead, std::int64_t version) const;

  // Ends membership `id` with an optional reason (audited as update-care-team); the
  // relationship ends with it. Throws like Change, also when it has already ended.
  store::CareTeamMember End(const auth::Principal& who, PersonId person, CareTeamMemberId id,
                            std::int64_t version, const std::optional<std::string>& reason) const;

 private:
  sql::Database& db_;
  const Clock& clock_;
};

}  // namespace lcn::care
