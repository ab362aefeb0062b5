// SPDX-License-Identifier: Apache-2.0
#include "people/person_rules.hpp"

#include "core/error.hpp"
#include "store/organisation_repository.hpp"

namespace lcn::people {

void CheckPractice(sql::Transaction& tx, const domain::Person& p) {
  if (!p.practice_id) {
    return;
  }
  const auto org = store::OrganisationRepository(tx).FindById(*p.practice_id);
  if (!org || org->kind != domain::OrganisationKind::kGpPractice) {
    throw Error(ErrorCode::kBadRequest, "the registered practice is not valid",
                {{"practiceId", "must be the id of a GP practice"}});
  }
}

void CheckNhsNumberFree(store::PersonRepository& people, const domain::Person& p) {
  if (!p.nhs_number) {
    return;
  }
  const auto existing = people.FindByNhsNumber(*p.nhs_number);
  if (existing && existing->id != p.id) {
    throw Error(ErrorCode::kConflict, "another person already has this NHS number",
                {{"nhsNumber", "is already registered to another person"}});
  }
}

}  // namespace lcn::people
