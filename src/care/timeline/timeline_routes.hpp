// SPDX-License-Identifier: Apache-2.0
//
// The routes of a person's timeline (docs/care-coordination.md), kept apart from routes.cpp, which
// appends them to the one route table.
#pragma once

#include <span>
#include <vector>

#include "api/router.hpp"
#include "care/timeline/timeline_source.hpp"

namespace lcn::api {

// Every route of this part, in matching order.
// The timeline's routes, reading entries from every registered source.
std::vector<Route> TimelineRoutes(std::span<const store::TimelineSource> sources);

}  // namespace lcn::api
