// SPDX-License-Identifier: Apache-2.0
//
// Fresh, isolated databases for tests on either engine. SQLite: a new file database in its own
// temporary directory. PostgreSQL: a new schema on the server named by LCN_TEST_POSTGRES_URL,
// which every pooled connection uses as its search_path. Each is removed (directory deleted,
// schema dropped) when the returned Database is destroyed. Thread-safe.
#pragma once

#include <memory>
#include <string>

#include "sql/database.hpp"

namespace lcn::test {

enum class Backend { kSqlite, kPostgres };

// "Sqlite" or "Postgres": usable in GoogleTest parameter names.
std::string BackendName(Backend backend);

// True when LCN_TEST_POSTGRES_URL is set and not empty (it is not probed).
bool PostgresAvailable();

// Returns an empty database (no migrations applied) on `backend`, owned by the caller and
// cleaned up on destruction. REQUIRES: PostgresAvailable() for kPostgres, else throws
// Error(kConfiguration). Throws Error(kUnavailable) when the database cannot be created.
std::unique_ptr<sql::Database> MakeTestDatabase(Backend backend);

}  // namespace lcn::test
