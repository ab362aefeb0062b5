// SPDX-License-Identifier: Apache-2.0
//
// OrganisationRepository and TeamRepository read and write organisations (by kind, with ODS
// codes) and their teams inside the caller's transaction. Stateless; thread-compatible.
#pragma once

#include <optional>
#include <vector>

#include "core/clock.hpp"
#include "domain/records.hpp"
#include "sql/database.hpp"

namespace lcn::store {

struct OrganisationFilter {
  std::optional<domain::OrganisationKind> kind;
  // Only organisations aligned to this area or to a neighbourhood inside it.
  std::optional<AreaId> within_area;
};

class OrganisationRepository {
 public:
  explicit OrganisationRepository(sql::Transaction& tx) : tx_(tx) {}

  // Returns the new id. Throws Error(kConflict) on a duplicate ODS code.
  OrganisationId Insert(const domain::Organisation& org, Micros now);

  [[nodiscard]] std::optional<domain::Organisation> FindById(OrganisationId id);

  [[nodiscard]] std::optional<domain::Organisation> FindByOdsCode(const std::string& ods_code);

  // Matching organisations ordered by name.
  std::vector<domain::Organisation> List(const OrganisationFilter& filter);

  // Optimistic update of every field; returns the new version. kConflict when stale,
  // kNotFound when missing.
  std::int64_t Update(const domain::Organisation& org, Micros now);

 private:
  sql::Transaction& tx_;
};

class TeamRepository {
 public:
  explicit TeamRepository(sql::Transaction& tx) : tx_(tx) {}

  // Returns the new id. Throws Error(kConflict) when the organisation has a team of that name.
  TeamId Insert(const domain::Team& team, Micros now);

  [[nodiscard]] std::optional<domain::Team> FindById(TeamId id);

  // Teams of `organisation` (all when nullopt), ordered by name.
  std::vector<domain::Team> List(std::optional<OrganisationId> organisation);

  // Optimistic update of name and area; returns the new version. kConflict when stale,
  // kNotFound when missing.
  std::int64_t Update(const domain::Team& team, Micros now);

  // Adds `user` to `team`; kConflict when already a member.
  void AddMember(TeamId team, UserId user);

  // Removes `user` from `team`; false when they were not a member.
  bool RemoveMember(TeamId team, UserId user);

  // The members' user ids, in id order.
  std::vector<UserId> Members(TeamId team);

  std::vector<domain::Team> TeamsOf(UserId user);

 private:
  sql::Transaction& tx_;
};

}  // namespace lcn::store
