// SPDX-License-Identifier: Apache-2.0
//
// Schemas shared by several capabilities' wire contracts (api/schema.hpp).
#pragma once

#include <cstdint>
#include <string_view>

#include "api/schema.hpp"

namespace lcn::api {

// A staff role's wire name (domain/role.hpp).
schema::Schema RoleSchema();

// An organisation's kind (domain::OrganisationKinds()).
schema::Schema OrganisationKindSchema();

// A permission's name (auth/permission.hpp).
schema::Schema PermissionSchema();

// A person's sex as registered (domain::Sexes()).
schema::Schema SexSchema();

// A member of staff as other records name them: {id, displayName?, role?}.
schema::Schema StaffRefSchema();

// A whole number from `min` to `max` (query parameters such as limit and offset).
schema::Schema IntegerBetween(std::int64_t min, std::int64_t max);

// The list bodies: {"items": [item, ...]}, named `name`.
schema::Schema ItemsSchema(std::string_view name, schema::Schema item);

}  // namespace lcn::api
