// SPDX-License-Identifier: Apache-2.0
#include "auth/person_use_case.hpp"

namespace lcn::auth {

Error NoLegitimateRelationship(const Principal& who, PersonId person) {
  Error error(ErrorCode::kForbidden,
              "this person is not in your care (registered with your organisation, within a "
              "network you work across, or under break-glass)");
  error.WithKind("no-legitimate-relationship", "No care relationship")
      .WithNumber("personId", person.Value())
      .WithFlag("breakGlassAvailable", RoleHas(who.role, Permission::kBreakGlass))
      .MarkAudited();
  return error;
}

}  // namespace lcn::auth
