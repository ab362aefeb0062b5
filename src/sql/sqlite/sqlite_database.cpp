// SPDX-License-Identifier: Apache-2.0
#include "sql/sqlite/sqlite_database.hpp"

#include <mutex>
#include <unordered_map>
#include <vector>

#include <sqlite3.h>

#include "core/error.hpp"
#include "core/mutex.hpp"
#include "sql/query_text.hpp"

namespace lcn::sql {
namespace {

[[noreturn]] void ThrowSqlite(sqlite3* db, int rc, std::string_view what) {
  const int primary = rc & 0xff;
  std::string message = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
    throw Error(ErrorCode::kSerializationFailure, message);
  }
  if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY) {
    throw Error(ErrorCode::kConflict, message);
  }
  if (primary == SQLITE_CONSTRAINT) {
    throw Error(ErrorCode::kBadRequest, message);
  }
  if (primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR || primary == SQLITE_FULL) {
    throw Error(ErrorCode::kUnavailable, message);
  }
  throw Error(ErrorCode::kInternal, message);
}

// One connection and its prepared-statement cache.
class Connection {
 public:
  explicit Connection(const std::string& path) {
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
      const std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
      sqlite3_close_v2(db_);
      db_ = nullptr;
      throw Error(ErrorCode::kUnavailable, "cannot open SQLite database " + path + ": " + message);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 5000);
    Exec("PRAGMA foreign_keys = ON");
    if (path != ":memory:") {
      Exec("PRAGMA journal_mode = WAL");
      Exec("PRAGMA synchronous = NORMAL");
    }
  }

  ~Connection() {
    for (auto& [sql, stmt] : cache_) {
      sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db_);
  }

  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  void Exec(std::string_view sql) {
    const std::string text(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      sqlite3_free(err);
      ThrowSqlite(db_, rc, "SQLite statement failed");
    }
  }

  // Returns the cached statement for `sql`, reset and with bindings cleared.
  std::pair<sqlite3_stmt*, const std::vector<std::string>*> Prepare(std::string_view sql) {
    auto it = cache_.find(std::string(sql));
    if (it == cache_.end()) {
      RewrittenQuery q = RewritePlaceholders(sql, '?');
      sqlite3_stmt* stmt = nullptr;
      const int rc = sqlite3_prepare_v3(db_, q.text.c_str(), static_cast<int>(q.text.size()),
                                        SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
      if (rc != SQLITE_OK) {
        ThrowSqlite(db_, rc, "SQLite prepare failed");
      }
      names_[stmt] = std::move(q.names);
      it = cache_.emplace(std::string(sql), stmt).first;
    }
    sqlite3_reset(it->second);
    sqlite3_clear_bindings(it->second);
    return {it->second, &names_[it->second]};
  }

  sqlite3* Handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
  std::unordered_map<sqlite3_stmt*, std::vector<std::string>> names_;
};

void BindValue(sqlite3* db, sqlite3_stmt* stmt, int index, const Value& v) {
  const Value* value = &v;
  int rc = SQLITE_OK;
  if (std::holds_alternative<std::monostate>(*value)) {
    rc = sqlite3_bind_null(stmt, index);
  } else if (const auto* n = std::get_if<std::int64_t>(value)) {
    rc = sqlite3_bind_int64(stmt, index, *n);
  } else if (const auto* d = std::get_if<double>(value)) {
    rc = sqlite3_bind_double(stmt, index, *d);
  } else if (const auto* b = std::get_if<Blob>(value)) {
    rc = sqlite3_bind_blob64(stmt, index, b->bytes.data(), b->bytes.size(), SQLITE_TRANSIENT);
  } else {
    const auto& s = std::get<std::string>(*value);
    rc = sqlite3_bind_text64(stmt, index, s.data(), s.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  }
  if (rc != SQLITE_OK) {
    ThrowSqlite(db, rc, "SQLite bind failed");
  }
}

void Bind(sqlite3* db, sqlite3_stmt* stmt, const std::vector<std::string>& names,
          const Params& params) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    const Value* value = nullptr;
    for (const auto& [name, v] : params) {
      if (name == names[i]) {
        value = &v;
        break;
      }
    }
    if (value == nullptr) {
      throw Error(ErrorCode::kInternal, "no value bound for ${" + names[i] + "}");
    }
    BindValue(db, stmt, static_cast<int>(i) + 1, *value);
  }
}

}  // namespace

class SqliteDatabase::Impl {
 public:
  Impl(const std::string& path, int reader_count) : memory_(path == ":memory:") {
    writer_ = std::make_unique<Connection>(path);
    const MutexLock lock(&readers_mutex_);  // not shared yet; keeps the analysis simple
    if (!memory_) {
      for (int i = 0; i < reader_count; ++i) {
        readers_.push_back(std::make_unique<Connection>(path));
        free_readers_.push_back(readers_.back().get());
      }
    }
  }

  std::unique_ptr<Transaction> Begin(TransactionMode mode) LCN_EXCLUDES(readers_mutex_);

 private:
  // Held by a read-write transaction for its whole life: Begin moves the lock into the
  // transaction, which -Wthread-safety cannot follow, so it stays a std::mutex and nothing is
  // annotated as guarded by it. What it serialises is the use of *writer_.
  std::mutex writer_mutex_;
  std::unique_ptr<Connection> writer_;  // Constant after construction.
  Mutex readers_mutex_;
  CondVar reader_freed_;  // signalled when a reader goes back to free_readers_
  std::vector<std::unique_ptr<Connection>> readers_;  // Constant after construction.
  std::vector<Connection*> free_readers_ LCN_GUARDED_BY(readers_mutex_);
  const bool memory_;
};

namespace {

class SqliteTransaction final : public Transaction {
 public:
  SqliteTransaction(Connection* conn, std::unique_lock<std::mutex> writer_lock,
                    std::function<void()> release, TransactionMode mode)
      : conn_(conn), writer_lock_(std::move(writer_lock)), release_(std::move(release)) {
    switch (mode) {
      case TransactionMode::kReadOnly:
        conn_->Exec("BEGIN");
        break;
      case TransactionMode::kReadWrite:
        conn_->Exec("BEGIN IMMEDIATE");
        break;
      case TransactionMode::kExclusive:
        conn_->Exec("BEGIN EXCLUSIVE");
        break;
    }
    open_ = true;
  }

  ~SqliteTransaction() override {
    if (open_) {
      sqlite3_exec(conn_->Handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    if (release_) {
      release_();
    }
  }

  SqliteTransaction(const SqliteTransaction&) = delete;
  SqliteTransaction& operator=(const SqliteTransaction&) = delete;

  void Query(std::string_view sql, const Params& params,
             const std::function<void(const Row&)>& on_row) override {
    auto [stmt, names] = conn_->Prepare(sql);
    Bind(conn_->Handle(), stmt, *names, params);
    const int columns = sqlite3_column_count(stmt);
    std::vector<std::string> column_names;
    column_names.reserve(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
      column_names.emplace_back(sqlite3_column_name(stmt, c));
    }
    while (true) {
      const int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) {
        break;
      }
      if (rc != SQLITE_ROW) {
        sqlite3_reset(stmt);
        ThrowSqlite(conn_->Handle(), rc, "SQLite query failed");
      }
      std::vector<Value> values;
      values.reserve(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) {
        switch (sqlite3_column_type(stmt, c)) {
          case SQLITE_INTEGER:
            values.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(stmt, c)));
            break;
          case SQLITE_FLOAT:
            values.emplace_back(sqlite3_column_double(stmt, c));
            break;
          case SQLITE_NULL:
            values.emplace_back(std::monostate{});
            break;
          case SQLITE_BLOB: {
            const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt, c));
            const int size = sqlite3_column_bytes(stmt, c);
            values.emplace_back(
                Blob{std::string(bytes ? bytes : "", static_cast<std::size_t>(size))});
            break;
          }
          default: {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_blob(stmt, c));
            const int size = sqlite3_column_bytes(stmt, c);
            values.emplace_back(std::string(text ? text : "", static_cast<std::size_t>(size)));
          }
        }
      }
      on_row(Row(&column_names, std::move(values)));
    }
    sqlite3_reset(stmt);
  }

  std::int64_t Execute(std::string_view sql, const Params& params) override {
    auto [stmt, names] = conn_->Prepare(sql);
    Bind(conn_->Handle(), stmt, *names, params);
    int rc = sqlite3_step(stmt);
    while (rc == SQLITE_ROW) {
      rc = sqlite3_step(stmt);
    }
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) {
      ThrowSqlite(conn_->Handle(), rc, "SQLite statement failed");
    }
    return sqlite3_changes64(conn_->Handle());
  }

  void BulkInsert(std::string_view table, const std::vector<std::string>& columns,
                  const std::vector<std::vector<Value>>& rows) override {
    std::string sql = "INSERT INTO " + std::string(table) + " (";
    std::string values;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      sql += (c ? ", " : "") + columns[c];
      values += (c ? ", ${" : "${") + columns[c] + "}";
    }
    sql += ") VALUES (" + values + ")";
    auto [stmt, names] = conn_->Prepare(sql);
    LCN_CHECK(names->size() == columns.size());
    for (const auto& row : rows) {
      LCN_CHECK(row.size() == columns.size());
      for (std::size_t c = 0; c < row.size(); ++c) {
        BindValue(conn_->Handle(), stmt, static_cast<int>(c) + 1, row[c]);
      }
      const int rc = sqlite3_step(stmt);
      sqlite3_reset(stmt);
      if (rc != SQLITE_DONE) {
        ThrowSqlite(conn_->Handle(), rc, "SQLite bulk insert failed");
      }
    }
  }

  void ExecuteScript(std::string_view sql) override { conn_->Exec(sql); }

  void Commit() override {
    conn_->Exec("COMMIT");
    open_ = false;
  }

  Dialect GetDialect() const override { return Dialect::kSqlite; }

 private:
  Connection* conn_;
  std::unique_lock<std::mutex> writer_lock_;
  std::function<void()> release_;
  bool open_ = false;
};

}  // namespace

std::unique_ptr<Transaction> SqliteDatabase::Impl::Begin(TransactionMode mode) {
  if (mode != TransactionMode::kReadOnly || memory_) {
    std::unique_lock<std::mutex> lock(writer_mutex_);
    return std::make_unique<SqliteTransaction>(writer_.get(), std::move(lock), nullptr, mode);
  }
  Connection* conn = nullptr;
  {
    const MutexLock lock(&readers_mutex_);
    while (free_readers_.empty()) {
      reader_freed_.Wait(readers_mutex_);
    }
    conn = free_readers_.back();
    free_readers_.pop_back();
  }
  auto release = [this, conn] {
    {
      const MutexLock guard(&readers_mutex_);
      free_readers_.push_back(conn);
    }
    reader_freed_.Signal();
  };
  try {
    return std::make_unique<SqliteTransaction>(conn, std::unique_lock<std::mutex>(), release, mode);
  } catch (const Error&) {
    release();
    throw;
  }
}

SqliteDatabase::SqliteDatabase(const std::string& path, int reader_count)
    : impl_(std::make_unique<Impl>(path, reader_count)) {}

SqliteDatabase::~SqliteDatabase() = default;

std::unique_ptr<Transaction> SqliteDatabase::Begin(TransactionMode mode) {
  return impl_->Begin(mode);
}

}  // namespace lcn::sql
