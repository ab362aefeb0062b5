// SPDX-License-Identifier: Apache-2.0
//
// CareTeamRepository reads and writes the members of each person's care team (a named member of
// staff, a team or an organisation, from any organisation), inside the caller's transaction.
// Active members (not ended) have a legitimate relationship with the person
// (RelationshipRepository). At most one active lead per person. Stateless.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "care/care_team/care_team.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::store {

struct CareTeamMember {
  CareTeamMemberId id;
  PersonId person;
  // Exactly one of these three.
  std::optional<UserId> user;
  std::optional<TeamId> team;
  std::optional<OrganisationId> organisation;
  std::string role;  // e.g. "District nurse", "Social worker", "Care navigator"
  bool lead = false;
  Micros started_at = 0;
  std::optional<Micros> ended_at;
  std::optional<std::string> end_reason;
  std::optional<UserId> added_by;
  std::int64_t version = 1;
  // For display, filled by reads.
  std::string name;               // the person's, team's or organisation's name
  std::string organisation_name;  // the organisation they belong to
};

class CareTeamRepository {
 public:
  explicit CareTeamRepository(sql::Transaction& tx) : tx_(tx) {}

  // Adds a member; clears any other active lead when `member.lead`. Returns the id.
  CareTeamMemberId Add(const CareTeamMember& member, Micros now);

  [[nodiscard]] std::optional<CareTeamMember> Find(CareTeamMemberId id);

  // Members of `person`'s team, active first (by start), then ended; names filled in.
  std::vector<CareTeamMember> Members(PersonId person, bool include_ended);

  // The active member for this user, team or organisation, if any (no duplicates).
  [[nodiscard]] std::optional<CareTeamMember> FindActive(PersonId person,
                                                         const std::optional<UserId>& user,
                                                         const std::optional<TeamId>& team,
                                                         const std::optional<OrganisationId>& org);

  // Changes role and lead (optimistic on version): kConflict when stale or ended.
  std::int64_t Update(const CareTeamMember& member, Micros now);

  // Ends a membership (optimistic on version). kConflict when stale or already ended.
  void End(CareTeamMemberId id, std::int64_t version, const std::optional<std::string>& reason,
           Micros now);

  // People whose care team `user` is on (directly, through a team or their organisation).
  std::vector<PersonId> PeopleFor(UserId user, OrganisationId organisation);

 private:
  // Clears the person's active lead other than `except`.
  void ClearLead(PersonId person, std::optional<CareTeamMemberId> except);

  sql::Transaction& tx_;
};

}  // namespace lcn::store
