// SPDX-License-Identifier: Apache-2.0
//
// The one registration point of LCN's capabilities. Each capability lives in its own folder
// (src/directory/, src/people/, src/findings/api/, src/care/<name>/) and is listed here once: the
// function that gives its routes, the source of its entries on a person's timeline, and its
// schema migrations, when it has them. The server, the OpenAPI document and the in-process API
// tests take the route table from AllRoutes(), and every database is migrated with
// AllMigrations(). Adding a capability is one line in capabilities.cpp (docs/repo-layout.md).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "api/router.hpp"
#include "care/timeline/timeline_source.hpp"
#include "sql/migrator.hpp"

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
  sql::MigrationFiles (*migrations)() = nullptr;       // its schema migrations, if any
};

// Every capability, in the order its routes are matched and its timeline types are listed.
std::span<const Capability> Capabilities();

// What Capabilities() register together.
Registry BuildRegistry();

// Every schema migration: the platform's (sql::PlatformMigrations) and each capability's. This is
// what every database is migrated with (lcn serve, demo, migrate and the other commands, the API
// tests). Throws Error(kInternal) naming each problem when they are not one history
// (sql::MigrationSetProblems: a number used twice or missing, engines that disagree).
std::vector<sql::MigrationFiles> AllMigrations();

// The whole route table: the platform's own routes, each capability's, and the OpenAPI document
// that describes them all (`version` is the API version it states).
std::vector<api::Route> AllRoutes(const std::string& version);

}  // namespace lcn::app
