// SPDX-License-Identifier: Apache-2.0
#include "store/organisation_repository.hpp"

#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

constexpr const char* kOrgColumns =
    "SELECT o.id, o.kind, o.ods_code, o.name, o.postcode, o.area_id, o.list_size, o.pcn_code, "
    "o.pcn_name, o.description, o.website, o.version FROM organisations o ";

domain::Organisation ToOrganisation(const sql::Row& r) {
  domain::Organisation o;
  o.id = OrganisationId(r.Int("id"));
  o.kind = domain::ParseOrganisationKind(r.Text("kind"))
               .value_or(domain::OrganisationKind::kVoluntaryOrganisation);
  o.ods_code = r.OptText("ods_code");
  o.name = r.Text("name");
  o.postcode = r.OptText("postcode");
  o.area_id = OptId<AreaId>(r, "area_id");
  o.list_size = r.OptInt("list_size");
  o.pcn_code = r.OptText("pcn_code");
  o.pcn_name = r.OptText("pcn_name");
  o.description = r.OptText("description");
  o.website = r.OptText("website");
  o.version = r.Int("version");
  return o;
}

sql::Params OrgParams(const domain::Organisation& o, Micros now) {
  return {{"kind", std::string(domain::OrganisationKindName(o.kind))},
          {"ods", sql::Nullable(o.ods_code)},
          {"name", o.name},
          {"postcode", sql::Nullable(o.postcode)},
          {"area", NullableId(o.area_id)},
          {"list_size", sql::Nullable(o.list_size)},
          {"pcn_code", sql::Nullable(o.pcn_code)},
          {"pcn_name", sql::Nullable(o.pcn_name)},
          {"description", sql::Nullable(o.description)},
          {"website", sql::Nullable(o.website)},
          {"now", now}};
}

domain::Team ToTeam(const sql::Row& r) {
  domain::Team t;
  t.id = TeamId(r.Int("id"));
  t.organisation_id = OrganisationId(r.Int("organisation_id"));
  t.name = r.Text("name");
  t.area_id = OptId<AreaId>(r, "area_id");
  t.version = r.Int("version");
  return t;
}

}  // namespace

OrganisationId OrganisationRepository::Insert(const domain::Organisation& org, Micros now) {
  std::int64_t id = 0;
  tx_.Query(
      "INSERT INTO organisations (kind, ods_code, name, postcode, area_id, list_size, pcn_code, "
      "pcn_name, description, website, created_at, updated_at) VALUES (${kind}, ${ods}, ${name}, "
      "${postcode}, ${area}, ${list_size}, ${pcn_code}, ${pcn_name}, ${description}, ${website}, "
      "${now}, ${now}) RETURNING id",
      OrgParams(org, now), [&](const sql::Row& r) { id = r.Int("id"); });
  return OrganisationId(id);
}

std::optional<domain::Organisation> OrganisationRepository::FindById(OrganisationId id) {
  return QueryOne(tx_, std::string(kOrgColumns) + "WHERE o.id = ${id}", {{"id", id.Value()}},
                  ToOrganisation);
}

std::optional<domain::Organisation> OrganisationRepository::FindByOdsCode(
    const std::string& ods_code) {
  return QueryOne(tx_, std::string(kOrgColumns) + "WHERE o.ods_code = ${ods}", {{"ods", ods_code}},
                  ToOrganisation);
}

std::vector<domain::Organisation> OrganisationRepository::List(const OrganisationFilter& filter) {
  return QueryAll(
      tx_,
      std::string(kOrgColumns) +
          "LEFT JOIN areas a ON a.id = o.area_id "
          "WHERE (CAST(${kind} AS TEXT) = '' OR o.kind = ${kind}) "
          "AND (CAST(${area} AS BIGINT) = 0 OR o.area_id = ${area} OR a.parent_id = ${area}) "
          "ORDER BY o.name, o.id",
      {{"kind",
        filter.kind ? std::string(domain::OrganisationKindName(*filter.kind)) : std::string()},
       {"area", filter.within_area ? filter.within_area->Value() : std::int64_t{0}}},
      ToOrganisation);
}

std::int64_t OrganisationRepository::Update(const domain::Organisation& org, Micros now) {
  sql::Params params = OrgParams(org, now);
  params.emplace_back("id", org.id.Value());
  params.emplace_back("version", org.version);
  const std::int64_t changed = tx_.Execute(
      "UPDATE organisations SET kind = ${kind}, ods_code = ${ods}, name = ${name}, "
      "postcode = ${postcode}, area_id = ${area}, list_size = ${list_size}, "
      "pcn_code = ${pcn_code}, pcn_name = ${pcn_name}, description = ${description}, "
      "website = ${website}, version = version + 1, updated_at = ${now} "
      "WHERE id = ${id} AND version = ${version}",
      params);
  if (changed == 0) {
    ThrowStaleOrMissing(FindById(org.id).has_value(), "organisation");
  }
  return org.version + 1;
}

TeamId TeamRepository::Insert(const domain::Team& team, Micros now) {
  std::int64_t id = 0;
  tx_.Query(
      "INSERT INTO teams (organisation_id, name, area_id, created_at, updated_at) "
      "VALUES (${org}, ${name}, ${area}, ${now}, ${now}) RETURNING id",
      {{"org", team.organisation_id.Value()},
       {"name", team.name},
       {"area", NullableId(team.area_id)},
       {"now", now}},
      [&](const sql::Row& r) { id = r.Int("id"); });
  return TeamId(id);
}

std::optional<domain::Team> TeamRepository::FindById(TeamId id) {
  return QueryOne(tx_,
                  "SELECT id, organisation_id, name, area_id, version FROM teams WHERE id = ${id}",
                  {{"id", id.Value()}}, ToTeam);
}

std::vector<domain::Team> TeamRepository::List(std::optional<OrganisationId> organisation) {
  return QueryAll(tx_,
                  "SELECT id, organisation_id, name, area_id, version FROM teams "
                  "WHERE CAST(${org} AS BIGINT) = 0 OR organisation_id = ${org} ORDER BY name, id",
                  {{"org", organisation ? organisation->Value() : std::int64_t{0}}}, ToTeam);
}

std::int64_t TeamRepository::Update(const domain::Team& team, Micros now) {
  const std::int64_t changed = tx_.Execute(
      "UPDATE teams SET name = ${name}, area_id = ${area}, version = version + 1, "
      "updated_at = ${now} WHERE id = ${id} AND version = ${version}",
      {{"name", team.name},
       {"area", NullableId(team.area_id)},
       {"now", now},
       {"id", team.id.Value()},
       {"version", team.version}});
  if (changed == 0) {
    ThrowStaleOrMissing(FindById(team.id).has_value(), "team");
  }
  return team.version + 1;
}

bool TeamRepository::RemoveMember(TeamId team, UserId user) {
  return tx_.Execute("DELETE FROM team_members WHERE team_id = ${team} AND user_id = ${user}",
                     {{"team", team.Value()}, {"user", user.Value()}}) > 0;
}

std::vector<UserId> TeamRepository::Members(TeamId team) {
  return QueryAll(tx_, "SELECT user_id FROM team_members WHERE team_id = ${team} ORDER BY user_id",
                  {{"team", team.Value()}},
                  [](const sql::Row& r) { return UserId(r.Int("user_id")); });
}

void TeamRepository::AddMember(TeamId team, UserId user) {
  tx_.Execute("INSERT INTO team_members (team_id, user_id) VALUES (${team}, ${user})",
              {{"team", team.Value()}, {"user", user.Value()}});
}

std::vector<domain::Team> TeamRepository::TeamsOf(UserId user) {
  return QueryAll(
      tx_,
      "SELECT t.id, t.organisation_id, t.name, t.area_id, t.version FROM teams t "
      "JOIN team_members m ON m.team_id = t.id WHERE m.user_id = ${user} ORDER BY t.name",
      {{"user", user.Value()}}, ToTeam);
}

}  // namespace lcn::store
