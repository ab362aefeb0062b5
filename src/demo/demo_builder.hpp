// SPDX-License-Identifier: Apache-2.0
//
// BuildDemo loads the demo network behind `lcn demo` into an empty, migrated database: real
// geography and organisations of Lambeth and Southwark (South East London) and/or Coastal West
// Sussex from open data compiled into the binary, plus fictional staff accounts, care homes,
// pharmacies and a synthetic population (NHS numbers in the 999 test range). docs/demo-data.md
// describes the content, its sources and every inferred grouping. Thread-compatible: BuildDemo
// runs one transaction on the database it is given.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "crypto/crypto.hpp"
#include "demo/demo_area.hpp"
#include "sql/database.hpp"
#include "sql/migrator.hpp"

namespace lcn::demo {

struct DemoOptions {
  DemoArea area = DemoArea::kLambethSouthwark;
  std::uint64_t seed = 42;       // the synthetic population is a pure function of the seed
  int people_per_practice = 40;  // synthetic people per GP practice, 0 to kMaxPeoplePerPractice
  // When positive: this many synthetic people in all, shared out by the practices' real list
  // sizes (people_per_practice is then ignored). Up to kMaxScale.
  std::int64_t scale = 0;
  // Generate GP and hospital histories (docs/demo-population.md) and load them into the
  // register, so that case finding has data.
  bool clinical = true;
  crypto::HashCost hash_cost = crypto::HashCost::kInteractive;
};

// At most this many people per practice: keeps every load well inside the ~890,000 valid NHS
// numbers of the generated 999 range.
inline constexpr int kMaxPeoplePerPractice = 2'000;

// The largest --scale: a whole integrated care system.
inline constexpr std::int64_t kMaxScale = 3'000'000;

struct DemoSummary {
  int systems = 0;
  int places = 0;
  int networks = 0;
  int neighbourhoods = 0;
  int organisations = 0;
  int teams = 0;
  int users = 0;
  int people = 0;
};

// A demo sign-in, for printing after a load. Every demo user's password is kDemoPassword.
struct DemoUser {
  std::string username;
  std::string display_name;
  std::string role;  // wire name, e.g. "care_coordinator"
  std::string organisation;
};

inline constexpr std::string_view kDemoPassword = "lcn-demo-2026!";

// Loads the demo for `options.area` into `db` in ONE read-write transaction and returns what
// it created. The same options give the same content (ids aside) on every run.
// REQUIRES: `db` is migrated and holds no areas.
// Throws Error(kConflict, "the database already holds data; demo data is only loaded into an
// empty database") when it holds areas (nothing is written); Error(kBadRequest) when
// people_per_practice is out of range; otherwise as the store does (the transaction then rolls
// back and nothing is kept).
DemoSummary BuildDemo(sql::Database& db, const Clock& clock, const DemoOptions& options);

// The migrations of the tables BuildDemo writes: the platform's, and tasks and MDT meetings
// (it schedules the networks' MDT meetings). For databases not migrated with everything
// (app::AllMigrations), such as the demo's tests and the benchmarks.
std::vector<sql::MigrationFiles> DemoMigrations();

// True when any area exists. Runs one read-only transaction. REQUIRES: `db` is migrated.
bool HasData(sql::Database& db);

// Every demo sign-in (the users of DemoArea::kAll).
const std::vector<DemoUser>& DemoUsers();

// The demo sign-ins that BuildDemo creates for `area`.
std::vector<DemoUser> DemoUsersFor(DemoArea area);

}  // namespace lcn::demo
