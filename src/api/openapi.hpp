// SPDX-License-Identifier: Apache-2.0
//
// Builds the OpenAPI 3 document from the same route table the server dispatches on.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "api/router.hpp"

namespace lcn::api {

nlohmann::json BuildOpenApi(const std::vector<Route>& routes, const std::string& version);

}  // namespace lcn::api
