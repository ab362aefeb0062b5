// SPDX-License-Identifier: Apache-2.0
//
// PostgresDatabase: the production driver over libpq (the only code that includes libpq-fe.h).
// A pool of connections; statements are prepared once per connection and cached by SQL text;
// parameters are sent as text and results read back typed by column OID (int2/4/8 -> int64,
// float4/8/numeric -> double, bool -> 0/1, everything else -> text). Transactions run at
// READ COMMITTED; kExclusive also takes a transaction-scoped advisory lock. SQLSTATE 40001/40P01
// -> kSerializationFailure, 23505 -> kConflict, other class 23 -> kBadRequest, connection
// failures -> kUnavailable. Thread-safe.
#pragma once

#include <memory>
#include <string>

#include "sql/database.hpp"

namespace lcn::sql {

class PostgresDatabase final : public Database {
 public:
  // Connects `pool_size` connections to `url` (a libpq connection URI).
  // Throws Error(kUnavailable) when the server cannot be reached.
  explicit PostgresDatabase(const std::string& url, int pool_size = 8);
  ~PostgresDatabase() override;

  PostgresDatabase(const PostgresDatabase&) = delete;
  PostgresDatabase& operator=(const PostgresDatabase&) = delete;

  Dialect GetDialect() const override { return Dialect::kPostgres; }

  std::unique_ptr<Transaction> Begin(TransactionMode mode) override;

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace lcn::sql
