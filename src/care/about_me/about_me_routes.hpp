// SPDX-License-Identifier: Apache-2.0
//
// The routes of About me (docs/care-coordination.md), kept apart from routes.cpp, which appends
// them to the one route table.
#pragma once

#include <vector>

#include "api/router.hpp"

namespace lcn::api {

// Every route of this part, in matching order.
std::vector<Route> AboutMeRoutes();

}  // namespace lcn::api
