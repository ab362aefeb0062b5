// SPDX-License-Identifier: Apache-2.0
//
// The routes of questionnaires and assessments (docs/assessments.md), kept apart from
// routes.cpp, which appends them to the one route table.
#pragma once

#include <vector>

#include "api/router.hpp"

namespace lcn::api {

// Every route of questionnaires and assessments, in matching order.
std::vector<Route> AssessmentRoutes();

}  // namespace lcn::api
