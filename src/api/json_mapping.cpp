// SPDX-License-Identifier: Apache-2.0
#include "api/json_mapping.hpp"

#include "auth/permission.hpp"
#include "core/error.hpp"
#include "core/time_format.hpp"

namespace lcn::api {
namespace {

template <typename Id>
nlohmann::json IdOrNull(const std::optional<Id>& id) {
  return id ? nlohmann::json(id->Value()) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json AreaJson(const domain::Area& a) {
  return {{"id", a.id.Value()},
          {"kind", domain::AreaKindName(a.kind)},
          {"code", OrNull(a.code)},
          {"name", a.name},
          {"parentId", IdOrNull(a.parent_id)},
          {"population", OrNull(a.population)},
          {"version", a.version}};
}

nlohmann::json OrganisationJson(const domain::Organisation& o) {
  return {{"id", o.id.Value()},
          {"kind", domain::OrganisationKindName(o.kind)},
          {"odsCode", OrNull(o.ods_code)},
          {"name", o.name},
          {"postcode", OrNull(o.postcode)},
          {"areaId", IdOrNull(o.area_id)},
          {"listSize", OrNull(o.list_size)},
          {"pcnCode", OrNull(o.pcn_code)},
          {"pcnName", OrNull(o.pcn_name)},
          {"description", OrNull(o.description)},
          {"website", OrNull(o.website)},
          {"version", o.version}};
}

nlohmann::json TeamJson(const domain::Team& t) {
  return {{"id", t.id.Value()},
          {"organisationId", t.organisation_id.Value()},
          {"name", t.name},
          {"areaId", IdOrNull(t.area_id)},
          {"version", t.version}};
}

nlohmann::json PrincipalJson(const auth::Principal& p) {
  nlohmann::json permissions = nlohmann::json::array();
  for (const auto permission : auth::PermissionsOf(p.role)) {
    permissions.push_back(auth::PermissionName(permission));
  }
  return {{"id", p.user_id.Value()},
          {"permissions", permissions},
          {"username", p.username},
          {"displayName", p.display_name},
          {"role", domain::RoleName(p.role)},
          {"roleLabel", domain::RoleLabel(p.role)},
          {"organisation",
           {{"id", p.organisation_id.Value()},
            {"name", p.organisation_name},
            {"kind", domain::OrganisationKindName(p.organisation_kind)}}}};
}

nlohmann::json UserJson(const domain::User& u) {
  return {{"id", u.id.Value()},
          {"username", u.username},
          {"displayName", u.display_name},
          {"role", domain::RoleName(u.role)},
          {"organisationId", u.organisation_id.Value()},
          {"disabled", u.disabled},
          {"locked", u.locked_until.has_value()},
          {"version", u.version}};
}

nlohmann::json PersonJson(const domain::Person& p,
                          const std::optional<domain::Organisation>& practice,
                          const std::optional<store::Relationship>& access) {
  nlohmann::json out = {{"id", p.id.Value()},
                        {"nhsNumber", OrNull(p.nhs_number)},
                        {"givenName", p.given_name},
                        {"familyName", p.family_name},
                        {"birthDate", p.birth_date},
                        {"sex", domain::SexName(p.sex)},
                        {"postcode", OrNull(p.postcode)},
                        {"practice", nullptr},
                        {"version", p.version}};
  if (practice) {
    out["practice"] = {{"id", practice->id.Value()},
                       {"odsCode", OrNull(practice->ods_code)},
                       {"name", practice->name}};
  }
  if (access) {
    out["access"] = {
        {"basis", store::RelationshipBasisName(access->basis)},
        {"expiresAt", access->expires_at ? nlohmann::json(FormatInstant(*access->expires_at))
                                         : nlohmann::json(nullptr)}};
  }
  return out;
}

std::int64_t PathId(const std::string& text) {
  if (text.empty() || text.size() > 18 ||
      text.find_first_not_of("0123456789") != std::string::npos) {
    throw Error(ErrorCode::kNotFound, "no such record: '" + text.substr(0, 20) + "' is not an id");
  }
  const std::int64_t id = std::stoll(text);
  if (id <= 0) {
    throw Error(ErrorCode::kNotFound, "no such record");
  }
  return id;
}

}  // namespace lcn::api
