// SPDX-License-Identifier: Apache-2.0
#include "store/relationship_repository.hpp"

#include <array>

#include "core/error.hpp"
#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

// The network of an organisation or team area: the area itself when it is a network, its
// parent when it is a neighbourhood.
constexpr const char* kNetworkOfArea =
    "CASE WHEN a.kind = 'neighbourhood' THEN a.parent_id ELSE a.id END";

struct Rule {
  RelationshipBasis basis;
  bool needs_network_role;
  std::string sql;  // returns one row when the basis holds; params: user, org, person, now
};

// The mdt-case-list rule: the user chairs or attends a meeting that is not cancelled and has
// the person on its case list, from when the case is added until kMdtCaseListAccessDays after
// the meeting ends; an attendee recorded as absent loses it once the meeting is held.
std::string MdtCaseListRule() {
  const std::int64_t grace = std::int64_t{kMdtCaseListAccessDays} * 24 * 3600 * kMicrosPerSecond;
  return "SELECT 1 AS ok FROM mdt_cases c JOIN mdt_meetings m ON m.id = c.meeting_id "
         "WHERE c.person_id = ${person} AND m.state <> 'cancelled' AND "
         "m.starts_at + m.duration_minutes * 60000000 + " +
         std::to_string(grace) +
         " > ${now} AND (m.chair_user_id = ${user} OR EXISTS (SELECT 1 FROM mdt_attendees t "
         "WHERE t.meeting_id = m.id AND t.user_id = ${user} AND COALESCE(t.attended, 1) = 1))";
}

const std::array<Rule, 4>& StandingRules() {
  static const std::array<Rule, 4> kRules = {{
      {RelationshipBasis::kRegisteredPractice, false,
       "SELECT 1 AS ok FROM people p WHERE p.id = ${person} AND p.practice_id = ${org}"},
      {RelationshipBasis::kNetworkRole, true,
       std::string("SELECT 1 AS ok FROM people p "
                   "JOIN organisations o ON o.id = p.practice_id "
                   "JOIN areas a ON a.id = o.area_id "
                   "WHERE p.id = ${person} AND ") +
           kNetworkOfArea + " IN (SELECT " + kNetworkOfArea +
           " FROM areas a WHERE a.id IN ("
           "  SELECT uo.area_id FROM users u JOIN organisations uo ON uo.id = u.organisation_id"
           "   WHERE u.id = ${user}"
           "  UNION SELECT t.area_id FROM team_members m JOIN teams t ON t.id = m.team_id"
           "   WHERE m.user_id = ${user}))"},
      {RelationshipBasis::kCareTeam, false,
       "SELECT 1 AS ok FROM care_team_members c WHERE c.person_id = ${person} AND "
       "c.ended_at IS NULL AND (c.user_id = ${user} OR c.organisation_id = ${org} OR "
       "c.team_id IN (SELECT m.team_id FROM team_members m WHERE m.user_id = ${user}))"},
      {RelationshipBasis::kMdtCaseList, false, MdtCaseListRule()},
  }};
  return kRules;
}

}  // namespace

std::vector<std::pair<OrganisationId, std::string>> RelationshipRepository::PracticesInReach(
    const Accessor& who) {
  std::string sql =
      "SELECT o.id, o.ods_code FROM organisations o WHERE o.kind = 'gp_practice' AND "
      "o.ods_code IS NOT NULL AND (o.id = ${org}";
  if (who.network_wide) {
    sql += std::string(" OR o.area_id IN (SELECT a.id FROM areas a WHERE ") + kNetworkOfArea +
           " IN (SELECT " + kNetworkOfArea +
           " FROM areas a WHERE a.id IN ("
           "  SELECT uo.area_id FROM users u JOIN organisations uo ON uo.id = u.organisation_id"
           "   WHERE u.id = ${user}"
           "  UNION SELECT t.area_id FROM team_members m JOIN teams t ON t.id = m.team_id"
           "   WHERE m.user_id = ${user}))))";
  } else {
    sql += ")";
  }
  sql += " ORDER BY o.id";
  std::vector<std::pair<OrganisationId, std::string>> out;
  tx_.Query(sql, {{"org", who.organisation.Value()}, {"user", who.user.Value()}},
            [&](const sql::Row& r) {
              out.emplace_back(OrganisationId(r.Int("id")), r.Text("ods_code"));
            });
  return out;
}

std::string_view RelationshipBasisName(RelationshipBasis basis) {
  switch (basis) {
    case RelationshipBasis::kRegisteredPractice:
      return "registered-practice";
    case RelationshipBasis::kNetworkRole:
      return "network-role";
    case RelationshipBasis::kCareTeam:
      return "care-team";
    case RelationshipBasis::kMdtCaseList:
      return "mdt-case-list";
    case RelationshipBasis::kBreakGlass:
      return "break-glass";
  }
  return "unknown";
}

std::optional<Relationship> RelationshipRepository::Find(const Accessor& who, PersonId person,
                                                         Micros now) {
  for (const Rule& rule : StandingRules()) {
    if (rule.needs_network_role && !who.network_wide) {
      continue;
    }
    bool holds = false;
    sql::Params params = {{"person", person.Value()}};
    if (rule.sql.find("${org}") != std::string::npos) {
      params.emplace_back("org", who.organisation.Value());
    }
    if (rule.sql.find("${user}") != std::string::npos) {
      params.emplace_back("user", who.user.Value());
    }
    if (rule.sql.find("${now}") != std::string::npos) {
      params.emplace_back("now", now);
    }
    tx_.Query(rule.sql, params, [&](const sql::Row&) { holds = true; });
    if (holds) {
      return Relationship{rule.basis, std::nullopt};
    }
  }
  std::optional<Relationship> out;
  tx_.Query(
      "SELECT MAX(expires_at) AS until FROM break_glass_grants "
      "WHERE user_id = ${user} AND person_id = ${person} AND expires_at > ${now}",
      {{"user", who.user.Value()}, {"person", person.Value()}, {"now", now}},
      [&](const sql::Row& r) {
        if (!r.IsNull("until")) {
          out = Relationship{RelationshipBasis::kBreakGlass, r.Int("until")};
        }
      });
  return out;
}

std::int64_t RelationshipRepository::GrantBreakGlass(UserId user, PersonId person,
                                                     const std::string& reason, Micros now,
                                                     Micros expires_at) {
  std::int64_t id = 0;
  tx_.Query(
      "INSERT INTO break_glass_grants (user_id, person_id, reason, granted_at, expires_at) "
      "VALUES (${user}, ${person}, ${reason}, ${now}, ${until}) RETURNING id",
      {{"user", user.Value()},
       {"person", person.Value()},
       {"reason", reason},
       {"now", now},
       {"until", expires_at}},
      [&](const sql::Row& r) { id = r.Int("id"); });
  return id;
}

std::vector<BreakGlassGrant> RelationshipRepository::ListBreakGlass(bool unreviewed_only,
                                                                    int limit) {
  std::vector<BreakGlassGrant> out;
  tx_.Query(
      "SELECT g.id, g.user_id, u.username, g.person_id, g.reason, g.granted_at, g.expires_at, "
      "g.reviewed_by, g.reviewed_at, g.review_note FROM break_glass_grants g "
      "JOIN users u ON u.id = g.user_id "
      "WHERE CAST(${unreviewed} AS BIGINT) = 0 OR g.reviewed_at IS NULL "
      "ORDER BY g.granted_at DESC, g.id DESC LIMIT ${limit}",
      {{"unreviewed", std::int64_t{unreviewed_only ? 1 : 0}}, {"limit", std::int64_t{limit}}},
      [&](const sql::Row& r) {
        out.push_back({r.Int("id"), UserId(r.Int("user_id")), r.Text("username"),
                       PersonId(r.Int("person_id")), r.Text("reason"), r.Int("granted_at"),
                       r.Int("expires_at"), OptId<UserId>(r, "reviewed_by"),
                       r.OptInt("reviewed_at"), r.OptText("review_note")});
      });
  return out;
}

bool RelationshipRepository::ReviewBreakGlass(std::int64_t grant_id, UserId reviewer,
                                              const std::string& note, Micros now) {
  const std::int64_t changed = tx_.Execute(
      "UPDATE break_glass_grants SET reviewed_by = ${by}, reviewed_at = ${now}, "
      "review_note = ${note} WHERE id = ${id} AND reviewed_at IS NULL",
      {{"by", reviewer.Value()}, {"now", now}, {"note", note}, {"id", grant_id}});
  if (changed > 0) {
    return true;
  }
  bool exists = false;
  tx_.Query("SELECT 1 AS ok FROM break_glass_grants WHERE id = ${id}", {{"id", grant_id}},
            [&](const sql::Row&) { exists = true; });
  if (exists) {
    throw Error(ErrorCode::kConflict, "this break-glass access has already been reviewed");
  }
  return false;
}

}  // namespace lcn::store
