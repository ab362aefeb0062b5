// SPDX-License-Identifier: Apache-2.0
#include "care/care_team/care_team_repository.hpp"

#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

constexpr const char* kSelect =
    "SELECT c.id, c.person_id, c.user_id, c.team_id, c.organisation_id, c.role, c.is_lead, "
    "c.started_at, c.ended_at, c.end_reason, c.added_by, c.version, "
    "COALESCE(u.display_name, t.name, o.name) AS name, "
    "COALESCE(uo.name, tor.name, o.name) AS organisation_name "
    "FROM care_team_members c "
    "LEFT JOIN users u ON u.id = c.user_id "
    "LEFT JOIN organisations uo ON uo.id = u.organisation_id "
    "LEFT JOIN teams t ON t.id = c.team_id "
    "LEFT JOIN organisations tor ON tor.id = t.organisation_id "
    "LEFT JOIN organisations o ON o.id = c.organisation_id ";

CareTeamMember ToMember(const sql::Row& r) {
  CareTeamMember m;
  m.id = CareTeamMemberId(r.Int("id"));
  m.person = PersonId(r.Int("person_id"));
  m.user = OptId<UserId>(r, "user_id");
  m.team = OptId<TeamId>(r, "team_id");
  m.organisation = OptId<OrganisationId>(r, "organisation_id");
  m.role = r.Text("role");
  m.lead = r.Int("is_lead") != 0;
  m.started_at = r.Int("started_at");
  m.ended_at = r.OptInt("ended_at");
  m.end_reason = r.OptText("end_reason");
  m.added_by = OptId<UserId>(r, "added_by");
  m.version = r.Int("version");
  m.name = r.OptText("name").value_or("");
  m.organisation_name = r.OptText("organisation_name").value_or("");
  return m;
}

}  // namespace

void CareTeamRepository::ClearLead(PersonId person, std::optional<CareTeamMemberId> except) {
  tx_.Execute(
      "UPDATE care_team_members SET is_lead = 0, version = version + 1 WHERE person_id = "
      "${person} AND is_lead = 1 AND ended_at IS NULL AND id <> ${except}",
      {{"person", person.Value()}, {"except", except ? except->Value() : std::int64_t{0}}});
}

CareTeamMemberId CareTeamRepository::Add(const CareTeamMember& m, Micros now) {
  if (m.lead) {
    ClearLead(m.person, std::nullopt);
  }
  std::int64_t id = 0;
  tx_.Query(
      "INSERT INTO care_team_members (person_id, user_id, team_id, organisation_id, role, "
      "is_lead, started_at, added_by) VALUES (${person}, ${user}, ${team}, ${org}, ${role}, "
      "${lead}, ${now}, ${by}) RETURNING id",
      {{"person", m.person.Value()},
       {"user", NullableId(m.user)},
       {"team", NullableId(m.team)},
       {"org", NullableId(m.organisation)},
       {"role", m.role},
       {"lead", std::int64_t{m.lead ? 1 : 0}},
       {"now", now},
       {"by", NullableId(m.added_by)}},
      [&](const sql::Row& r) { id = r.Int("id"); });
  return CareTeamMemberId(id);
}

std::optional<CareTeamMember> CareTeamRepository::Find(CareTeamMemberId id) {
  return QueryOne(tx_, std::string(kSelect) + "WHERE c.id = ${id}", {{"id", id.Value()}}, ToMember);
}

std::vector<CareTeamMember> CareTeamRepository::Members(PersonId person, bool include_ended) {
  return QueryAll(tx_,
                  std::string(kSelect) + "WHERE c.person_id = ${person}" +
                      (include_ended ? "" : " AND c.ended_at IS NULL") +
                      " ORDER BY CASE WHEN c.ended_at IS NULL THEN 0 ELSE 1 END, c.started_at, "
                      "c.id",
                  {{"person", person.Value()}}, ToMember);
}

std::optional<CareTeamMember> CareTeamRepository::FindActive(
    PersonId person, const std::optional<UserId>& user, const std::optional<TeamId>& team,
    const std::optional<OrganisationId>& org) {
  return QueryOne(tx_,
                  std::string(kSelect) +
                      "WHERE c.person_id = ${person} AND c.ended_at IS NULL AND "
                      "(c.user_id = ${user} OR c.team_id = ${team} OR c.organisation_id = ${org})",
                  {{"person", person.Value()},
                   {"user", user ? user->Value() : std::int64_t{-1}},
                   {"team", team ? team->Value() : std::int64_t{-1}},
                   {"org", org ? org->Value() : std::int64_t{-1}}},
                  ToMember);
}

std::int64_t CareTeamRepository::Update(const CareTeamMember& m, Micros now) {
  (void)now;
  if (m.lead) {
    ClearLead(m.person, m.id);
  }
  const std::int64_t changed = tx_.Execute(
      "UPDATE care_team_members SET role = ${role}, is_lead = ${lead}, version = version + 1 "
      "WHERE id = ${id} AND version = ${version} AND ended_at IS NULL",
      {{"role", m.role},
       {"lead", std::int64_t{m.lead ? 1 : 0}},
       {"id", m.id.Value()},
       {"version", m.version}});
  if (changed == 0) {
    ThrowStaleOrMissing(Find(m.id).has_value(), "care team membership");
  }
  return m.version + 1;
}

void CareTeamRepository::End(CareTeamMemberId id, std::int64_t version,
                             const std::optional<std::string>& reason, Micros now) {
  const std::int64_t changed = tx_.Execute(
      "UPDATE care_team_members SET ended_at = ${now}, end_reason = ${reason}, is_lead = 0, "
      "version = version + 1 WHERE id = ${id} AND version = ${version} AND ended_at IS NULL",
      {{"now", now}, {"reason", sql::Nullable(reason)}, {"id", id.Value()}, {"version", version}});
  if (changed == 0) {
    ThrowStaleOrMissing(Find(id).has_value(), "care team membership");
  }
}

std::vector<PersonId> CareTeamRepository::PeopleFor(UserId user, OrganisationId organisation) {
  return QueryAll(
      tx_,
      "SELECT DISTINCT c.person_id FROM care_team_members c WHERE c.ended_at IS NULL AND "
      "(c.user_id = ${user} OR c.organisation_id = ${org} OR c.team_id IN "
      "(SELECT m.team_id FROM team_members m WHERE m.user_id = ${user})) ORDER BY c.person_id",
      {{"user", user.Value()}, {"org", organisation.Value()}},
      [](const sql::Row& r) { return PersonId(r.Int("person_id")); });
}

}  // namespace lcn::store
