// SPDX-License-Identifier: Apache-2.0
#include "api/handlers/worklist_scope.hpp"

#include <set>

#include "api/query_params.hpp"
#include "core/error.hpp"
#include "store/area_repository.hpp"
#include "store/organisation_repository.hpp"
#include "store/relationship_repository.hpp"

namespace lcn::api::handlers {

WorklistScope ResolveScope(sql::Transaction& tx, const Request& req, const Call& call,
                           bool within_reach) {
  store::OrganisationRepository organisations(tx);
  std::vector<domain::Organisation> asked;
  WorklistScope scope;
  const auto practice_id = req.Query("practiceId");
  const auto area_id = req.Query("areaId");
  if (practice_id && area_id) {
    throw Error(ErrorCode::kBadRequest, "give practiceId or areaId, not both",
                {{"areaId", "cannot be combined with practiceId"}});
  }
  if (practice_id) {
    const auto org =
        organisations.FindById(OrganisationId(PositiveIdParam("practiceId", *practice_id)));
    if (!org || org->kind != domain::OrganisationKind::kGpPractice || !org->ods_code) {
      throw Error(ErrorCode::kNotFound, "no such GP practice");
    }
    asked.push_back(*org);
    scope.description = "practice " + *org->ods_code;
  } else if (area_id) {
    const AreaId area(PositiveIdParam("areaId", *area_id));
    if (!store::AreaRepository(tx).FindById(area)) {
      throw Error(ErrorCode::kNotFound, "no such area");
    }
    asked =
        organisations.List({.kind = domain::OrganisationKind::kGpPractice, .within_area = area});
    scope.description = "area " + std::to_string(area.Value());
  } else {
    asked = organisations.List(
        {.kind = domain::OrganisationKind::kGpPractice, .within_area = std::nullopt});
    scope.description = within_reach ? "all practices within reach" : "all practices";
  }
  std::set<std::string> reach;
  if (within_reach) {
    for (const auto& [id, ods] :
         store::RelationshipRepository(tx).PracticesInReach(call.Who().AsAccessor())) {
      reach.insert(ods);
    }
  }
  for (const auto& org : asked) {
    if (!org.ods_code) {
      continue;
    }
    if (within_reach && !reach.contains(*org.ods_code)) {
      if (practice_id || area_id) {
        throw Error(ErrorCode::kForbidden,
                    "worklists are limited to your own practice, or the practices of the "
                    "networks you work across; " +
                        org.name + " is outside them");
      }
      continue;
    }
    scope.practices.push_back(*org.ods_code);
    scope.ids[*org.ods_code] = org.id.Value();
    scope.names[*org.ods_code] = org.name;
  }
  return scope;
}

}  // namespace lcn::api::handlers
