// SPDX-License-Identifier: Apache-2.0
//
// The people capability's routes (search, record, registration, break-glass, accesses, counts),
// registered in app/capabilities.cpp.
#pragma once

#include <vector>

#include "api/router.hpp"

namespace lcn::api {

// Every route of this capability, in matching order.
std::vector<Route> PeopleRoutes();

}  // namespace lcn::api
