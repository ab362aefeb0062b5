// SPDX-License-Identifier: Apache-2.0
//
// Schemas shared by several capabilities' wire contracts (api/schema.hpp).
#pragma once

#include "api/schema.hpp"

namespace lcn::api {

// A staff role's wire name (domain/role.hpp).
schema::Schema RoleSchema();

// A member of staff as other records name them: {id, displayName?, role?}.
schema::Schema StaffRefSchema();

}  // namespace lcn::api
