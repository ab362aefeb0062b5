// SPDX-License-Identifier: Apache-2.0
//
// Inserting planned organisations and looking them up again.
#include "demo/organisations.hpp"

#include "core/error.hpp"

namespace lcn::demo {

OrganisationId OrganisationIds::Named(std::string_view name) const {
  const auto it = by_name.find(name);
  if (it == by_name.end()) {
    throw Error(ErrorCode::kInternal, "the demo has no organisation " + std::string(name));
  }
  return it->second;
}

OrganisationId OrganisationIds::WithOdsCode(std::string_view ods_code) const {
  const auto it = by_ods_code.find(ods_code);
  if (it == by_ods_code.end()) {
    throw Error(ErrorCode::kInternal, "the demo has no organisation " + std::string(ods_code));
  }
  return it->second;
}

OrganisationIds InsertOrganisations(store::OrganisationRepository& repository,
                                    const std::vector<OrganisationPlan>& plans,
                                    const AreaIds& areas, Micros now) {
  OrganisationIds ids;
  for (const auto& plan : plans) {
    domain::Organisation row = plan.organisation;
    if (plan.area_code) {
      const auto area = areas.find(*plan.area_code);
      if (area == areas.end()) {
        throw Error(ErrorCode::kInternal, "the demo has no area " + *plan.area_code);
      }
      row.area_id = area->second;
    }
    if (ids.by_name.contains(row.name)) {
      throw Error(ErrorCode::kInternal, "the demo plans two organisations called " + row.name);
    }
    const OrganisationId id = repository.Insert(row, now);
    ids.by_name.emplace(row.name, id);
    if (row.ods_code) {
      ids.by_ods_code.emplace(*row.ods_code, id);
    }
  }
  return ids;
}

}  // namespace lcn::demo
