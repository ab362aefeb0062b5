// SPDX-License-Identifier: Apache-2.0
//
// Applies the embedded, append-only schema migrations at start-up, each in its own exclusive
// transaction, recording them in schema_migrations. Refuses a database whose schema is newer
// than the migrations it is given. The migrations are numbered in one sequence across the
// modules that own them: the platform's (src/sql/migrations/) and each capability's
// (<folder>/migrations/<dialect>/NNNN_name.sql, embedded by lcn_add_migrations in
// cmake/LcnEmbed.cmake). app::AllMigrations() lists every module's; tests of a lower layer pass
// the modules their tables come from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/embedded_file.hpp"
#include "sql/database.hpp"

namespace lcn::sql {

struct Migration {
  std::int64_t version = 0;
  std::string name;
  std::string_view script;
  std::string_view module;  // the folder under src/ that owns it
};

// One module's migrations for both engines, as lcn_add_migrations embeds them: the same file
// names under migrations/sqlite/ and migrations/postgres/ of the module's folder.
struct MigrationFiles {
  std::string_view module;  // its folder under src/, e.g. "care/care_plans"
  const std::vector<EmbeddedFile>& (*sqlite)() = nullptr;
  const std::vector<EmbeddedFile>& (*postgres)() = nullptr;
};

// The platform's own migrations: 0001 foundation and 0002 register.
MigrationFiles PlatformMigrations();

// The migrations of `modules` for `dialect`, in version order. Throws Error(kInternal) when a
// file name is not NNNN_name.sql or two migrations share a number.
std::vector<Migration> CollectMigrations(Dialect dialect,
                                         const std::vector<MigrationFiles>& modules);

// What keeps `modules` from being a whole schema history, one sentence each (empty: nothing):
// every number from 1 to the highest used exactly once, file names NNNN_name.sql, and the same
// numbers and names for SQLite and PostgreSQL in each module.
std::vector<std::string> MigrationSetProblems(const std::vector<MigrationFiles>& modules);

struct SchemaStatus {
  std::int64_t database_version = 0;  // highest version applied; 0 for an empty database
  std::int64_t binary_version = 0;    // highest version of the migrations given
};

// Reads the schema status against `modules`. Throws Error(kUnavailable) when the database cannot
// be read.
SchemaStatus ReadSchemaStatus(Database& db, const std::vector<MigrationFiles>& modules);

// Applies every migration of `modules` newer than the database's version, in version order;
// returns how many were applied. Concurrent callers (several app nodes) are safe: each migration
// runs under the exclusive lock and re-checks the version inside it.
// Throws Error(kConfiguration) when the database is newer than the highest migration given; on
// a failing migration nothing of that migration is kept and Error is thrown.
// A database is only ever migrated with the whole set (app::AllMigrations()); a subset is for
// a fresh test database, since a number skipped once is never applied later.
int ApplyMigrations(Database& db, const Clock& clock, const std::vector<MigrationFiles>& modules);

}  // namespace lcn::sql
