// SPDX-License-Identifier: Apache-2.0
//
// Problem bodies (RFC 9457 shape: type, title, status, detail, errors[]) and the one table that
// maps lcn::ErrorCode to an HTTP status.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "api/request.hpp"
#include "core/error.hpp"

namespace lcn::api {

// The HTTP status for `code`.
int HttpStatusFor(ErrorCode code);

// A problem response: type "/problems/<slug>"; `extra` members are merged into the body.
Response Problem(int status, const std::string& slug, const std::string& title,
                 const std::string& detail, const nlohmann::json& extra = nlohmann::json::object());

// The problem response for an lcn::Error, with its field issues as `errors`.
Response ProblemFor(const Error& error);

// A JSON response.
Response Json(int status, const nlohmann::json& body);

}  // namespace lcn::api
