// SPDX-License-Identifier: Apache-2.0
//
// The staff roles, so that clients name roles and know what each may do without a copy of
// domain/role.cpp and auth/policy.cpp.
#include "api/handlers/handlers.hpp"
#include "api/problem.hpp"
#include "auth/permission.hpp"

namespace lcn::api::handlers {

Response ListRoles(const Request&, const Call&) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto role : domain::AllRoles()) {
    nlohmann::json permissions = nlohmann::json::array();
    for (const auto permission : auth::PermissionsOf(role)) {
      permissions.push_back(auth::PermissionName(permission));
    }
    items.push_back({{"code", domain::RoleName(role)},
                     {"label", domain::RoleLabel(role)},
                     {"permissions", permissions}});
  }
  return Json(200, {{"items", items}});
}

}  // namespace lcn::api::handlers
