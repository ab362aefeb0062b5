// SPDX-License-Identifier: Apache-2.0
// Temporary until the libpq driver lands in this session.
#include "sql/postgres/postgres_database.hpp"

#include "core/error.hpp"

namespace lcn::sql {

class PostgresDatabase::Impl {};

PostgresDatabase::PostgresDatabase(const std::string&, int) {
  throw Error(ErrorCode::kUnavailable, "PostgreSQL driver not built yet");
}

PostgresDatabase::~PostgresDatabase() = default;

std::unique_ptr<Transaction> PostgresDatabase::Begin(TransactionMode) { return nullptr; }

}  // namespace lcn::sql
