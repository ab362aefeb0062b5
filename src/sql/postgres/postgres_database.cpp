// SPDX-License-Identifier: Apache-2.0
//
// PostgresDatabase: the connection pool (mutex + condition variable) and PostgresTransaction,
// which leases one pooled connection for its life, reads results typed by column OID, and
// hands the connection back (rolled back, or discarded when broken) on destruction.
#include "sql/postgres/postgres_database.hpp"

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <system_error>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/mutex.hpp"
#include "sql/postgres/pg_connection.hpp"

namespace lcn::sql {
namespace {

// Column type OIDs from pg_type.
constexpr Oid kBoolOid = 16;
constexpr Oid kByteaOid = 17;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kFloat4Oid = 700;
constexpr Oid kFloat8Oid = 701;
constexpr Oid kNumericOid = 1700;

// Serialises writers that ask for TransactionMode::kExclusive (the schema migrator).
constexpr std::string_view kExclusiveLockSql = "SELECT pg_advisory_xact_lock(727274)";

std::int64_t ParseInt(const char* text, int length) {
  std::int64_t value = 0;
  const char* end = text + length;
  const auto [ptr, ec] = std::from_chars(text, end, value);
  if (ec != std::errc() || ptr != end) {
    throw Error(ErrorCode::kInternal, "PostgreSQL returned an integer that does not fit int64");
  }
  return value;
}

double ParseDouble(const char* text, int length) {
  double value = 0;
  const char* end = text + length;
  const auto [ptr, ec] = std::from_chars(text, end, value);
  if (ec == std::errc() && ptr == end) {
    return value;
  }
  if (ec == std::errc::result_out_of_range) {
    // A numeric beyond double's range: strtod saturates to +-HUGE_VAL or 0.
    return std::strtod(text, nullptr);
  }
  throw Error(ErrorCode::kInternal, "PostgreSQL returned a number that is not a double");
}

// BYTEA in text form is "\\x" followed by two hex digits per byte (bytea_output = hex, the
// default since PostgreSQL 9.0).
int HexDigit(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  throw Error(ErrorCode::kInternal, "PostgreSQL returned a bytea that is not hex");
}

Blob DecodeByteaHex(const char* text, int length) {
  if (length < 2 || text[0] != '\\' || text[1] != 'x' || length % 2 != 0) {
    throw Error(ErrorCode::kInternal, "PostgreSQL returned a bytea not in hex form");
  }
  Blob blob;
  blob.bytes.resize(static_cast<std::size_t>((length - 2) / 2));
  for (int i = 2, o = 0; i < length; i += 2, ++o) {
    blob.bytes[static_cast<std::size_t>(o)] =
        static_cast<char>((HexDigit(text[i]) << 4) | HexDigit(text[i + 1]));
  }
  return blob;
}

Value ReadValue(const PGresult* result, int row, int column, Oid type) {
  if (PQgetisnull(result, row, column) != 0) {
    return std::monostate{};
  }
  const char* text = PQgetvalue(result, row, column);
  const int length = PQgetlength(result, row, column);
  switch (type) {
    case kInt8Oid:
    case kInt2Oid:
    case kInt4Oid:
      return ParseInt(text, length);
    case kFloat4Oid:
    case kFloat8Oid:
    case kNumericOid:
      return ParseDouble(text, length);
    case kBoolOid:
      return std::int64_t{text[0] == 't' ? 1 : 0};
    case kByteaOid:
      return DecodeByteaHex(text, length);
    default:
      return std::string(text, static_cast<std::size_t>(length));
  }
}

}  // namespace

class PostgresDatabase::Impl {
 public:
  Impl(std::string url, int pool_size) : url_(std::move(url)), pool_size_(pool_size) {
    if (pool_size_ < 1) {
      throw Error(ErrorCode::kConfiguration, "PostgreSQL pool size must be at least 1");
    }
    const MutexLock lock(&mutex_);  // not shared yet; keeps the analysis simple
    idle_.reserve(static_cast<std::size_t>(pool_size_));
    for (int i = 0; i < pool_size_; ++i) {
      idle_.push_back(std::make_unique<pg::PgConnection>(url_));
      ++open_;
    }
  }

  std::unique_ptr<Transaction> Begin(TransactionMode mode);

  // A leased connection and whether it was just made (rather than taken from the idle list).
  struct Lease {
    std::unique_ptr<pg::PgConnection> conn;
    bool fresh = false;
  };

  // Blocks until a connection is idle or another may be opened. Throws Error(kUnavailable)
  // when a new connection cannot be made.
  Lease Acquire() LCN_EXCLUDES(mutex_);

  // Returns a leased connection to the pool, rolled back; discards it when broken.
  void Release(std::unique_ptr<pg::PgConnection> conn) noexcept LCN_EXCLUDES(mutex_);

 private:
  const std::string url_;
  const int pool_size_;
  Mutex mutex_;
  CondVar freed_;  // signalled when a connection goes back to idle_ or a slot frees
  std::vector<std::unique_ptr<pg::PgConnection>> idle_ LCN_GUARDED_BY(mutex_);
  int open_ LCN_GUARDED_BY(mutex_) = 0;  // Idle plus leased connections.
};

namespace {

class PostgresTransaction final : public Transaction {
 public:
  PostgresTransaction(PostgresDatabase::Impl* pool, std::unique_ptr<pg::PgConnection> conn)
      : pool_(pool), conn_(std::move(conn)) {}

  ~PostgresTransaction() override { pool_->Release(std::move(conn_)); }

  PostgresTransaction(const PostgresTransaction&) = delete;
  PostgresTransaction& operator=(const PostgresTransaction&) = delete;

  // Opens the server-side transaction. Throws lcn::Error; the destructor then cleans up.
  void Start(TransactionMode mode) {
    conn_->Exec(mode == TransactionMode::kReadOnly
                    ? "BEGIN ISOLATION LEVEL READ COMMITTED READ ONLY"
                    : "BEGIN ISOLATION LEVEL READ COMMITTED",
                "PostgreSQL BEGIN failed");
    if (mode == TransactionMode::kExclusive) {
      conn_->Exec(kExclusiveLockSql, "PostgreSQL exclusive lock failed");
    }
  }

  void Query(std::string_view sql, const Params& params,
             const std::function<void(const Row&)>& on_row) override {
    RequireOpen();
    const pg::ResultPtr result = conn_->ExecPrepared(sql, params);
    const int columns = PQnfields(result.get());
    std::vector<std::string> names;
    std::vector<Oid> types;
    names.reserve(static_cast<std::size_t>(columns));
    types.reserve(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
      names.emplace_back(PQfname(result.get(), c));
      types.push_back(PQftype(result.get(), c));
    }
    const int rows = PQntuples(result.get());
    for (int r = 0; r < rows; ++r) {
      std::vector<Value> values;
      values.reserve(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) {
        values.push_back(ReadValue(result.get(), r, c, types[static_cast<std::size_t>(c)]));
      }
      on_row(Row(&names, std::move(values)));
    }
  }

  std::int64_t Execute(std::string_view sql, const Params& params) override {
    RequireOpen();
    const pg::ResultPtr result = conn_->ExecPrepared(sql, params);
    const char* tuples = PQcmdTuples(result.get());
    return *tuples == '\0' ? 0 : ParseInt(tuples, static_cast<int>(std::strlen(tuples)));
  }

  void BulkInsert(std::string_view table, const std::vector<std::string>& columns,
                  const std::vector<std::vector<Value>>& rows) override {
    RequireOpen();
    conn_->CopyIn(table, columns, rows);
  }

  void ExecuteScript(std::string_view sql) override {
    RequireOpen();
    conn_->Exec(sql, "PostgreSQL script failed");
  }

  void Commit() override {
    RequireOpen();
    committed_ = true;
    const pg::ResultPtr result = conn_->Exec("COMMIT", "PostgreSQL COMMIT failed");
    // COMMIT of a transaction aborted by an earlier error succeeds with the tag ROLLBACK.
    if (std::strcmp(PQcmdStatus(result.get()), "COMMIT") != 0) {
      throw Error(ErrorCode::kInternal,
                  "PostgreSQL rolled back the transaction because an earlier statement failed");
    }
  }

  Dialect GetDialect() const override { return Dialect::kPostgres; }

 private:
  void RequireOpen() const {
    if (committed_) {
      throw Error(ErrorCode::kInternal, "transaction used after Commit()");
    }
  }

  PostgresDatabase::Impl* pool_;
  std::unique_ptr<pg::PgConnection> conn_;
  bool committed_ = false;
};

}  // namespace

PostgresDatabase::Impl::Lease PostgresDatabase::Impl::Acquire() {
  {
    const MutexLock lock(&mutex_);
    while (idle_.empty() && open_ >= pool_size_) {
      freed_.Wait(mutex_);
    }
    if (!idle_.empty()) {
      Lease lease{std::move(idle_.back()), false};
      idle_.pop_back();
      return lease;
    }
    ++open_;
  }

  // Gives the slot back when the connection cannot be made.
  struct SlotGuard {
    Impl* impl;
    bool keep = false;

    ~SlotGuard() {
      if (!keep) {
        impl->Release(nullptr);
      }
    }
  } guard{this};

  Lease lease{std::make_unique<pg::PgConnection>(url_), true};
  guard.keep = true;
  return lease;
}

void PostgresDatabase::Impl::Release(std::unique_ptr<pg::PgConnection> conn) noexcept {
  if (conn && !conn->ResetForReuse()) {
    conn.reset();
  }
  {
    const MutexLock lock(&mutex_);
    if (conn) {
      idle_.push_back(std::move(conn));  // Capacity reserved for pool_size_: cannot throw.
    } else {
      --open_;
    }
  }
  freed_.Signal();
}

std::unique_ptr<Transaction> PostgresDatabase::Impl::Begin(TransactionMode mode) {
  // An idle connection may have died (server restart, idle timeout) without libpq noticing until
  // it is used; such a connection fails BEGIN with kUnavailable and is discarded on release, and
  // the next is tried. A failure on a fresh connection is final.
  for (int attempt = 0;; ++attempt) {
    Lease lease = Acquire();
    const bool fresh = lease.fresh;
    auto tx = std::make_unique<PostgresTransaction>(this, std::move(lease.conn));
    try {
      tx->Start(mode);
      return tx;
    } catch (const Error& e) {
      if (fresh || e.Code() != ErrorCode::kUnavailable || attempt >= pool_size_) {
        throw;
      }
    }
  }
}

PostgresDatabase::PostgresDatabase(const std::string& url, int pool_size)
    : impl_(std::make_unique<Impl>(url, pool_size)) {}

PostgresDatabase::~PostgresDatabase() = default;

std::unique_ptr<Transaction> PostgresDatabase::Begin(TransactionMode mode) {
  return impl_->Begin(mode);
}

}  // namespace lcn::sql
