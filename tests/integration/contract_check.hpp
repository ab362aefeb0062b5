// SPDX-License-Identifier: Apache-2.0
//
// The wire contract, checked on every call the API tests make: the response body must match the
// schema its route declares (api/schema.hpp) or, for an error, the problem schema; a request the
// server accepted must match the route's request schema (so a schema is never stricter than the
// server). Validation is JSON Schema draft 7 by valijson, which covers what the OpenAPI 3.1
// dialect of api/schema.hpp uses. Thread-safe.
#pragma once

#include <string>
#include <vector>

#include "api/request.hpp"
#include "api/router.hpp"

namespace lcn::integration {

// What breaks the contract in this exchange (empty when nothing does). Calls matching no route
// are not checked (the router answered 404 or 405 itself).
std::vector<std::string> ContractViolations(const std::vector<api::Route>& routes,
                                            const api::Request& request,
                                            const api::Response& response);

// The problems valijson finds validating `document` against `schema` ("<path>: <what>").
// Throws std::invalid_argument when `schema` is not a valid schema.
std::vector<std::string> SchemaViolations(const nlohmann::json& schema,
                                          const nlohmann::json& document);

}  // namespace lcn::integration
