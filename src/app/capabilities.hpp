// SPDX-License-Identifier: Apache-2.0
//
// The one registration point of LCN's capabilities. Each capability lives in its own folder
// (src/directory/, src/people/, src/care/<name>/) and is listed here once: the function that gives
// its routes and, when it shows entries on a person's timeline, the source of those entries. The
// server, the OpenAPI document and the in-process API tests all take the route table from
// AllRoutes(). Adding a capability is one line in capabilities.cpp (docs/repo-layout.md).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "api/router.hpp"
#include "care/timeline/timeline_source.hpp"

namespace lcn::app {

// What the capabilities share once all are registered.
struct Registry {
  std::vector<store::TimelineSource> timeline_sources;  // in registration order
};

// One capability as the platform sees it.
struct Capability {
  std::string_view name;                               // its folder under src/
  std::vector<api::Route> (*routes)(const Registry&);  // its REST routes, in matching order
  store::TimelineSource (*timeline)() = nullptr;       // its timeline entries, if any
};

// Every capability, in the order its routes are matched and its timeline types are listed.
std::span<const Capability> Capabilities();

// What Capabilities() register together.
Registry BuildRegistry();

// The whole route table: the platform's own routes, each capability's, and the OpenAPI document
// that describes them all (`version` is the API version it states).
std::vector<api::Route> AllRoutes(const std::string& version);

}  // namespace lcn::app
