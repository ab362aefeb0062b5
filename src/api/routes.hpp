// SPDX-License-Identifier: Apache-2.0
//
// The whole API as one table: the server dispatches on it and /api/v1/openapi.json is built
// from it.
#pragma once

#include <vector>

#include "api/router.hpp"

namespace lcn::api {

// Every route of the API, including /healthz, /readyz and the OpenAPI document itself.
std::vector<Route> BuildRoutes(const std::string& version);

}  // namespace lcn::api
