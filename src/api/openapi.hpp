// SPDX-License-Identifier: Apache-2.0
//
// Builds the OpenAPI 3.1 document from the same route table the server dispatches on: each
// route's operationId, permission, person-data flag, parameters and the JSON Schemas of its
// request and response bodies (api/schema.hpp; Named schemas become components/schemas), and
// the permission table (x-permissions). web-ui/openapi.json is this document, checked in; the
// web UI's API types are generated from it (docs/api.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/router.hpp"

namespace lcn::api {

// Throws std::logic_error when one schema name is given to two different schemas.
nlohmann::json BuildOpenApi(const std::vector<Route>& routes, const std::string& version);

// The {name} segments of a path template, in order.
std::vector<std::string> PathParameterNames(const std::string& path);

// The schema of a path parameter: every path parameter is a row id (>= 1), but version (>= 0).
schema::Schema PathParameterSchema(std::string_view name);

// The operationId of a route that does not name one: method and path in lowerCamelCase.
std::string DefaultOperationId(const Route& r);

}  // namespace lcn::api
