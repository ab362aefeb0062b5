// SPDX-License-Identifier: Apache-2.0
#include "api/common_schemas.hpp"

#include "domain/role.hpp"

namespace lcn::api {

using namespace schema;  // NOLINT(google-build-using-namespace): the schema vocabulary

Schema RoleSchema() {
  std::vector<std::string_view> names;
  for (const auto role : domain::AllRoles()) {
    names.push_back(domain::RoleName(role));
  }
  return Named("Role", Enum(names));
}

Schema StaffRefSchema() {
  return Named("StaffRef",
               Object({Prop("id", Id()), Opt("displayName", String()), Opt("role", RoleSchema())}));
}

}  // namespace lcn::api
