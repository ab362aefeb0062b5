// SPDX-License-Identifier: Apache-2.0
//
// MakeTestDatabase: creates the per-test SQLite directory or PostgreSQL schema and wraps the
// driver in a Database that removes them again on destruction.
#include "testing/test_database.hpp"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <random>
#include <system_error>
#include <utility>

#include "core/error.hpp"
#include "core/log.hpp"
#include "sql/postgres/postgres_database.hpp"
#include "sql/sqlite/sqlite_database.hpp"

namespace lcn::test {
namespace {

constexpr const char* kPostgresUrlVariable = "LCN_TEST_POSTGRES_URL";

// Connections per test database: enough for the concurrency tests, small enough that parallel
// ctest runs stay well under PostgreSQL's default max_connections of 100.
constexpr int kPostgresPoolSize = 4;

// 16 random lower-case hex digits, for names that must not collide across test processes.
std::string RandomSuffix() {
  std::random_device device;
  const std::uint64_t bits = (std::uint64_t{device()} << 32) ^ std::uint64_t{device()};
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i] = kHex[(bits >> (4 * i)) & 0xfU];
  }
  return out;
}

// A Database that forwards to `inner` and runs `cleanup` after closing it.
class OwnedTestDatabase final : public sql::Database {
 public:
  OwnedTestDatabase(std::unique_ptr<sql::Database> inner, std::function<void()> cleanup)
      : inner_(std::move(inner)), cleanup_(std::move(cleanup)) {}

  ~OwnedTestDatabase() override {
    inner_.reset();
    cleanup_();
  }

  OwnedTestDatabase(const OwnedTestDatabase&) = delete;
  OwnedTestDatabase& operator=(const OwnedTestDatabase&) = delete;

  sql::Dialect GetDialect() const override { return inner_->GetDialect(); }

  std::unique_ptr<sql::Transaction> Begin(sql::TransactionMode mode) override {
    return inner_->Begin(mode);
  }

 private:
  std::unique_ptr<sql::Database> inner_;
  std::function<void()> cleanup_;
};

std::unique_ptr<sql::Database> MakeSqlite() {
  const auto dir = std::filesystem::temp_directory_path() / ("lcn_test_" + RandomSuffix());
  std::filesystem::create_directories(dir);
  auto db = std::make_unique<sql::SqliteDatabase>((dir / "test.db").string());
  return std::make_unique<OwnedTestDatabase>(std::move(db), [dir] {
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  });
}

std::unique_ptr<sql::Database> MakePostgres() {
  const char* url = std::getenv(kPostgresUrlVariable);
  if (url == nullptr || *url == '\0') {
    throw Error(
        ErrorCode::kConfiguration,
        std::string(kPostgresUrlVariable) + " is not set; cannot make a PostgreSQL test database");
  }
  const std::string base_url(url);
  const std::string schema = "lcn_t_" + RandomSuffix();
  // CREATE DATABASE cannot run inside the transaction every seam call opens; a schema can.
  std::shared_ptr<sql::Database> admin = std::make_shared<sql::PostgresDatabase>(base_url, 1);
  {
    auto tx = admin->Begin(sql::TransactionMode::kReadWrite);
    tx->ExecuteScript("CREATE SCHEMA " + schema);
    tx->Commit();
  }
  const char separator = base_url.find('?') == std::string::npos ? '?' : '&';
  const std::string schema_url = base_url + separator + "options=-csearch_path%3D" + schema;
  auto db = std::make_unique<sql::PostgresDatabase>(schema_url, kPostgresPoolSize);
  return std::make_unique<OwnedTestDatabase>(std::move(db), [admin, schema] {
    try {
      auto tx = admin->Begin(sql::TransactionMode::kReadWrite);
      tx->ExecuteScript("DROP SCHEMA " + schema + " CASCADE");
      tx->Commit();
    } catch (const Error& e) {
      log::Warning("could not drop test schema " + schema + ": " + e.what());
    }
  });
}

}  // namespace

std::string BackendName(Backend backend) {
  switch (backend) {
    case Backend::kSqlite:
      return "Sqlite";
    case Backend::kPostgres:
      return "Postgres";
  }
  return "Unknown";
}

bool PostgresAvailable() {
  const char* url = std::getenv(kPostgresUrlVariable);
  return url != nullptr && *url != '\0';
}

std::unique_ptr<sql::Database> MakeTestDatabase(Backend backend) {
  return backend == Backend::kSqlite ? MakeSqlite() : MakePostgres();
}

}  // namespace lcn::test
