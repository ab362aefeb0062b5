// SPDX-License-Identifier: Apache-2.0
//
// Reading typed query parameters: a problem with one is added to the caller's IssueCollector,
// named by the parameter, so that every bad parameter is reported in one 400.
#pragma once

#include <optional>
#include <string>

#include "api/request.hpp"
#include "core/error.hpp"
#include "core/time_format.hpp"

namespace lcn::api {

// A positive id given as the query parameter `name` with value `text`; throws
// Error(kBadRequest) naming the parameter otherwise.
std::int64_t PositiveIdParam(const std::string& name, const std::string& text);

// A whole number from `low` to `high`; std::nullopt when absent or bad (an issue is added).
std::optional<int> IntQuery(const Request& req, const std::string& name, int low, int high,
                            IssueCollector& issues);

// A date YYYY-MM-DD; std::nullopt when absent or bad (an issue is added).
std::optional<Date> DateQuery(const Request& req, const std::string& name, IssueCollector& issues);

}  // namespace lcn::api
