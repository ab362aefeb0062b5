// SPDX-License-Identifier: Apache-2.0
#include "api/care_plan_routes.hpp"

// As in routes.cpp, the table leaves trailing documentation fields at their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace lcn::api {

std::vector<Route> CarePlanRoutes() {
  return {};
}

}  // namespace lcn::api
