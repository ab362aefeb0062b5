// SPDX-License-Identifier: Apache-2.0
#include "sql/sqlite/sqlite_database.hpp"

#include <atomic>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace lcn::sql {
namespace {

TEST(SqliteDatabaseTest, FileDatabaseUsesWalAndSeesCommittedWrites) {
  const auto dir = std::filesystem::temp_directory_path() / "lcn_sqlite_test";
  std::filesystem::create_directories(dir);
  const auto path = (dir / "wal.db").string();
  std::filesystem::remove(path);
  SqliteDatabase db(path, 2);
  {
    auto tx = db.Begin(TransactionMode::kReadWrite);
    tx->ExecuteScript("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    tx->Execute("INSERT INTO t (v) VALUES (${v})", {{"v", std::string("x")}});
    tx->Commit();
  }
  auto tx = db.Begin(TransactionMode::kReadOnly);
  std::string mode;
  tx->Query("PRAGMA journal_mode", {},
            [&](const Row& r) { mode = std::get<std::string>(r.At(0)); });
  EXPECT_EQ(mode, "wal");
  int rows = 0;
  tx->Query("SELECT v FROM t", {}, [&](const Row& r) {
    EXPECT_EQ(r.Text("v"), "x");
    ++rows;
  });
  EXPECT_EQ(rows, 1);
}

// One writer inserts while more readers than the pool holds read: readers wait for a free
// connection, see only committed rows, and the count never goes backwards. Runs under TSan
// (label concurrency) to check the writer lock and the reader pool.
TEST(SqliteDatabaseTest, ReadersShareThePoolWhileTheWriterCommits) {
  const auto dir = std::filesystem::temp_directory_path() / "lcn_sqlite_test";
  std::filesystem::create_directories(dir);
  const auto path = (dir / "readers.db").string();
  std::filesystem::remove(path);
  SqliteDatabase db(path, 2);
  {
    auto tx = db.Begin(TransactionMode::kReadWrite);
    tx->ExecuteScript("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    tx->Commit();
  }
  constexpr int kRows = 40;
  std::atomic<bool> writing{true};
  std::atomic<int> went_backwards{0};
  constexpr int kReaders = 3;  // more than the pool's 2 connections
  std::vector<std::thread> readers;
  readers.reserve(kReaders);
  for (int r = 0; r < kReaders; ++r) {
    readers.emplace_back([&] {
      std::int64_t last = 0;
      while (writing.load()) {
        auto tx = db.Begin(TransactionMode::kReadOnly);
        std::int64_t count = 0;
        tx->Query("SELECT COUNT(*) AS n FROM t", {}, [&](const Row& row) { count = row.Int("n"); });
        if (count < last) {
          ++went_backwards;
        }
        last = count;
      }
    });
  }
  for (int i = 0; i < kRows; ++i) {
    auto tx = db.Begin(TransactionMode::kReadWrite);
    tx->Execute("INSERT INTO t (v) VALUES (${v})", {{"v", std::to_string(i)}});
    tx->Commit();
  }
  writing = false;
  for (auto& reader : readers) {
    reader.join();
  }
  EXPECT_EQ(went_backwards.load(), 0);
  auto tx = db.Begin(TransactionMode::kReadOnly);
  std::int64_t count = 0;
  tx->Query("SELECT COUNT(*) AS n FROM t", {}, [&](const Row& row) { count = row.Int("n"); });
  EXPECT_EQ(count, kRows);
}

TEST(SqliteDatabaseTest, UncommittedTransactionRollsBack) {
  SqliteDatabase db(":memory:");
  {
    auto tx = db.Begin(TransactionMode::kReadWrite);
    tx->ExecuteScript("CREATE TABLE t (id INTEGER PRIMARY KEY)");
    tx->Commit();
  }
  {
    auto tx = db.Begin(TransactionMode::kReadWrite);
    tx->Execute("INSERT INTO t (id) VALUES (1)", {});
  }
  auto tx = db.Begin(TransactionMode::kReadOnly);
  std::int64_t count = -1;
  tx->Query("SELECT COUNT(*) AS n FROM t", {}, [&](const Row& r) { count = r.Int("n"); });
  EXPECT_EQ(count, 0);
}

TEST(SqliteDatabaseTest, MissingParameterIsAnInternalError) {
  SqliteDatabase db(":memory:");
  auto tx = db.Begin(TransactionMode::kReadWrite);
  EXPECT_THROW(tx->Execute("SELECT ${nope}", {}), Error);
}

}  // namespace
}  // namespace lcn::sql
