// SPDX-License-Identifier: Apache-2.0
#include "api/platform_schemas.hpp"

#include <string>
#include <vector>

#include "api/common_schemas.hpp"

namespace lcn::api {

using namespace schema;  // NOLINT(google-build-using-namespace): the schema vocabulary

Schema SignInSchema() {
  return Named("SignIn", Object({Prop("username", String()), Prop("password", String())}));
}

Schema SessionSchema() {
  const Schema organisation = Named(
      "UserOrganisation",
      Object({Prop("id", Id()), Prop("name", String()), Prop("kind", OrganisationKindSchema())}));
  const Schema user = Named(
      "User",
      Object({Prop("id", Id()),
              Prop("permissions",
                   Describe(Array(PermissionSchema()), "the permissions of the user's role")),
              Prop("username", String()), Prop("displayName", String()), Prop("role", RoleSchema()),
              Prop("roleLabel", String()), Prop("organisation", organisation)}));
  return Named("Session",
               Object({Prop("user", user), Prop("csrfToken", Describe(String(),
                                                                      "send it as the "
                                                                      "X-CSRF-Token header"))}));
}

Schema HealthSchema() {
  return Named("Health", Object({Prop("status", Enum(std::vector<std::string>{"ok", "ready"}))}));
}

Schema RoleListSchema() {
  return ItemsSchema("RoleList",
                     Named("StaffRole", Object({Prop("code", RoleSchema()), Prop("label", String()),
                                                Prop("permissions", Array(PermissionSchema()))})));
}

}  // namespace lcn::api
