// SPDX-License-Identifier: Apache-2.0
//
// SqliteDatabase: the embedded driver over the sqlite3 C API. WAL journal, busy timeout,
// foreign keys on. One writer connection (read-write and exclusive transactions take it in
// turn, under a mutex held for the transaction's life) and a small pool of reader connections;
// WAL gives each read transaction a consistent snapshot. ":memory:" uses one shared connection.
// Thread-safe.
#pragma once

#include <memory>
#include <string>

#include "sql/database.hpp"

namespace lcn::sql {

class SqliteDatabase final : public Database {
 public:
  // Opens or creates the database file at `path`. Throws Error(kUnavailable) on failure.
  explicit SqliteDatabase(const std::string& path, int reader_count = 4);
  ~SqliteDatabase() override;

  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;

  Dialect GetDialect() const override { return Dialect::kSqlite; }

  std::unique_ptr<Transaction> Begin(TransactionMode mode) override;

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace lcn::sql
