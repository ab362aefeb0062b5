// SPDX-License-Identifier: Apache-2.0
//
// Applies the embedded, append-only schema migrations (src/sql/migrations/<dialect>/NNNN_*.sql)
// at start-up, each in its own exclusive transaction, recording them in schema_migrations.
// Refuses a database whose schema is newer than this binary.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "sql/database.hpp"

namespace lcn::sql {

struct Migration {
  std::int64_t version = 0;
  std::string name;
  std::string_view script;
};

// The migrations compiled into this binary for `dialect`, in version order.
std::vector<Migration> EmbeddedMigrations(Dialect dialect);

struct SchemaStatus {
  std::int64_t database_version = 0;  // highest version applied; 0 for an empty database
  std::int64_t binary_version = 0;    // highest version this binary knows
};

// Reads the schema status. Throws Error(kUnavailable) when the database cannot be read.
SchemaStatus ReadSchemaStatus(Database& db);

// Applies every migration newer than the database's version; returns how many were applied.
// Concurrent callers (several app nodes) are safe: each migration runs under the exclusive
// lock and re-checks the version inside it.
// Throws Error(kConfiguration) when the database is newer than the binary; on a failing
// migration nothing of that migration is kept and Error is thrown.
int ApplyMigrations(Database& db, const Clock& clock);

}  // namespace lcn::sql
