// SPDX-License-Identifier: Apache-2.0
#include "api/common_schemas.hpp"

#include <string_view>
#include <utility>
#include <vector>

#include "auth/permission.hpp"
#include "domain/vocabularies.hpp"

namespace lcn::api {

using namespace schema;  // NOLINT(google-build-using-namespace): the schema vocabulary

Schema RoleSchema() {
  return Named("Role", Enum(domain::Roles()));
}

Schema OrganisationKindSchema() {
  return Named("OrganisationKind", Enum(domain::OrganisationKinds()));
}

Schema PermissionSchema() {
  std::vector<std::string_view> names;
  for (const auto& p : auth::Permissions()) {
    names.push_back(p.name);
  }
  return Named("Permission", Enum(names));
}

Schema SexSchema() {
  return Named("Sex", Enum(domain::Sexes()));
}

Schema StaffRefSchema() {
  return Named("StaffRef",
               Object({Prop("id", Id()), Opt("displayName", String()), Opt("role", RoleSchema())}));
}

Schema IntegerBetween(std::int64_t min, std::int64_t max) {
  return {{"type", "integer"}, {"minimum", min}, {"maximum", max}};
}

Schema ItemsSchema(std::string_view name, Schema item) {
  return Named(name, Object({Prop("items", Array(std::move(item)))}));
}

}  // namespace lcn::api
