// SPDX-License-Identifier: Apache-2.0
//
// The routes the platform serves itself (health, session), and the OpenAPI route that describes
// a whole table. The capabilities' routes live in their own folders;
// app/capabilities.cpp puts the one table together.
#pragma once

#include <string>
#include <vector>

#include "api/router.hpp"

namespace lcn::api {

// The platform's own routes, in matching order.
std::vector<Route> PlatformRoutes();

// Appends GET /api/v1/openapi.json, whose document describes `routes` as they are then (with
// itself). Call it once, after every route has been added.
void AddOpenApiRoute(std::vector<Route>& routes, const std::string& version);

}  // namespace lcn::api
