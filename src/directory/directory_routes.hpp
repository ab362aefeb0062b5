// SPDX-License-Identifier: Apache-2.0
//
// The directory's routes (networks, areas, organisations, teams, the staff directory, staff
// accounts), registered in app/capabilities.cpp.
#pragma once

#include <vector>

#include "api/router.hpp"

namespace lcn::api {

// Every route of this capability, in matching order.
std::vector<Route> DirectoryRoutes();

}  // namespace lcn::api
