// SPDX-License-Identifier: Apache-2.0
//
// RelationshipRepository answers "does this member of staff have a legitimate relationship with
// this person, and on what basis?" inside the caller's transaction. Each basis is one named SQL
// rule in a table (registered practice, network role, break-glass grant); care-team membership
// and MDT case lists join as new rows of that table without changing callers. The role part of
// the decision (which roles may use which basis) is auth/'s business: it passes `network_wide`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::store {

enum class RelationshipBasis {
  kRegisteredPractice,
  kNetworkRole,
  kCareTeam,
  kMdtCaseList,
  kBreakGlass,
};

// How long after an MDT meeting its chair and attendees keep the mdt-case-list relationship
// with the people on its case list.
constexpr int kMdtCaseListAccessDays = 30;

std::string_view RelationshipBasisName(RelationshipBasis basis);

struct Accessor {
  UserId user;
  OrganisationId organisation;
  bool network_wide = false;  // the role works across the networks the user belongs to
};

struct Relationship {
  RelationshipBasis basis = RelationshipBasis::kRegisteredPractice;
  std::optional<Micros> expires_at;  // set for break-glass
};

struct BreakGlassGrant {
  std::int64_t id = 0;
  UserId user;
  std::string username;
  PersonId person;
  std::string reason;
  Micros granted_at = 0;
  Micros expires_at = 0;
  std::optional<UserId> reviewed_by;
  std::optional<Micros> reviewed_at;
  std::optional<std::string> review_note;
};

class RelationshipRepository {
 public:
  explicit RelationshipRepository(sql::Transaction& tx) : tx_(tx) {}

  // The first basis (in table order) on which `who` may see `person` at `now`; std::nullopt
  // when there is none.
  [[nodiscard]] std::optional<Relationship> Find(const Accessor& who, PersonId person, Micros now);

  // The GP practices whose registered people `who` may see on standing rules (own practice;
  // with network_wide, every practice of the networks of their organisation and teams), as
  // (organisation id, ODS code), by id. Worklists are scoped to these.
  std::vector<std::pair<OrganisationId, std::string>> PracticesInReach(const Accessor& who);

  // Records a time-limited break-glass grant; returns its id.
  std::int64_t GrantBreakGlass(UserId user, PersonId person, const std::string& reason, Micros now,
                               Micros expires_at);

  // Grants, newest first; only unreviewed ones when `unreviewed_only`.
  std::vector<BreakGlassGrant> ListBreakGlass(bool unreviewed_only, int limit);

  // Marks a grant reviewed. False when no such grant; kConflict when already reviewed.
  bool ReviewBreakGlass(std::int64_t grant_id, UserId reviewer, const std::string& note,
                        Micros now);

 private:
  sql::Transaction& tx_;
};

}  // namespace lcn::store
