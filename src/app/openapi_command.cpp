// SPDX-License-Identifier: Apache-2.0
#include <ostream>

#include "api/openapi.hpp"
#include "app/capabilities.hpp"
#include "app/commands.hpp"
#include "app/version.hpp"

namespace lcn::app {

int RunOpenApi(std::ostream& out) {
  const std::string version(kVersion);
  out << api::BuildOpenApi(AllRoutes(version), version).dump(2) << "\n";
  return 0;
}

}  // namespace lcn::app
