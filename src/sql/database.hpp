// SPDX-License-Identifier: Apache-2.0
//
// The storage seam: Database hands out Transactions; repositories in store/ are written once
// against Transaction and run unchanged on SQLite and PostgreSQL. SQL text uses ${name}
// placeholders, which each driver rewrites once per statement (?NNN for SQLite, $n for
// PostgreSQL). Engine errors are translated at the driver boundary into lcn::Error:
// busy/serialization failures and deadlocks -> kSerializationFailure, unique violations ->
// kConflict, connection loss -> kUnavailable, anything else -> kInternal.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sql/value.hpp"

namespace lcn::sql {

enum class Dialect { kSqlite, kPostgres };

enum class TransactionMode {
  kReadOnly,
  kReadWrite,
  // Excludes every other writer until commit: SQLite BEGIN EXCLUSIVE, PostgreSQL an advisory
  // transaction lock. Used by the schema migrator.
  kExclusive,
};

// A unit of work. Not thread-safe: one thread uses it, then drops it.
// The destructor rolls back unless Commit() succeeded; it never throws.
class Transaction {
 public:
  virtual ~Transaction() = default;

  // Runs `sql` and calls `on_row` once per result row, in order.
  // Throws lcn::Error on failure; the transaction is then unusable and will roll back.
  virtual void Query(std::string_view sql, const Params& params,
                     const std::function<void(const Row&)>& on_row) = 0;

  // Runs a statement that returns no rows; returns the number of rows affected.
  virtual std::int64_t Execute(std::string_view sql, const Params& params) = 0;

  // Appends `rows` to `table`, each row one Value per name in `columns`, at bulk-load speed:
  // SQLite steps one prepared INSERT per row, PostgreSQL streams the rows with COPY. `table`
  // and `columns` are the caller's constant identifiers, never input. Constraint failures throw
  // as Execute does (kConflict for a duplicate key, kBadRequest for other violations).
  virtual void BulkInsert(std::string_view table, const std::vector<std::string>& columns,
                          const std::vector<std::vector<Value>>& rows) = 0;

  // Runs a script of several statements without parameters (migrations).
  virtual void ExecuteScript(std::string_view sql) = 0;

  // Makes the work durable. Throws lcn::Error (kSerializationFailure when retryable).
  virtual void Commit() = 0;

  virtual Dialect GetDialect() const = 0;
};

// A database: a pool of connections. Thread-safe.
class Database {
 public:
  virtual ~Database() = default;

  virtual Dialect GetDialect() const = 0;

  // Starts a transaction in `mode`; blocks while the pool is exhausted.
  // Throws Error(kUnavailable) when no connection can be made.
  virtual std::unique_ptr<Transaction> Begin(TransactionMode mode) = 0;
};

// Opens "sqlite:PATH" (":memory:" allowed) or "postgresql://..." / "postgres://...".
// Throws Error(kConfiguration) for an unknown scheme, Error(kUnavailable) when the database
// cannot be opened.
std::unique_ptr<Database> OpenDatabase(const std::string& url);

}  // namespace lcn::sql
