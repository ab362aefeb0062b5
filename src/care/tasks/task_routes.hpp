// SPDX-License-Identifier: Apache-2.0
//
// The routes of tasks and referrals (docs/care-coordination.md).
// Registered in app/capabilities.cpp.
#pragma once

#include <vector>

#include "api/router.hpp"

namespace lcn::api {

// Every route of this capability, in matching order.
std::vector<Route> TaskRoutes();

}  // namespace lcn::api
