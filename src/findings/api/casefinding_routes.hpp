// SPDX-License-Identifier: Apache-2.0
//
// The case-finding engine's routes (worklists, counts, definitions, a person's findings and
// recorded events, register imports), registered in app/capabilities.cpp.
#pragma once

#include <vector>

#include "api/router.hpp"

namespace lcn::api {

// Every route of case finding and the register, in matching order.
std::vector<Route> CaseFindingRoutes();

}  // namespace lcn::api
