// SPDX-License-Identifier: Apache-2.0
//
// The wire contract of the platform's own routes (session, health, roles), beside their JSON
// mapping (api/json_mapping.cpp and api/handlers). The API tests check every exchange against
// them.
#pragma once

#include "api/schema.hpp"

namespace lcn::api {

// POST /session: {username, password}.
schema::Schema SignInSchema();

// The signed-in user and the CSRF token.
schema::Schema SessionSchema();

// /healthz and /readyz.
schema::Schema HealthSchema();

// Every staff role with its label and permissions.
schema::Schema RoleListSchema();

}  // namespace lcn::api
