// SPDX-License-Identifier: Apache-2.0
//
// Test fixture for BuildDemo: a migrated in-memory SQLite database, fast options (minimal
// password hashing, five people per practice) and read helpers. Test-only.
#pragma once

#include <cstdint>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "demo/demo_builder.hpp"
#include "sql/migrator.hpp"
#include "sql/sqlite/sqlite_database.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::demo::test_support {

using PersonRow = std::tuple<std::string, std::string, std::string, std::string, std::string,
                             std::string, std::string>;

// Every person with their practice's ODS code, in insertion order.
inline std::vector<PersonRow> PeopleOf(sql::Database& db) {
  return store::RunInTransaction(db, sql::TransactionMode::kReadOnly, [](sql::Transaction& tx) {
    std::vector<PersonRow> out;
    tx.Query(
        "SELECT p.nhs_number, p.given_name, p.family_name, p.birth_date, p.sex, p.postcode, "
        "o.ods_code FROM people p JOIN organisations o ON o.id = p.practice_id ORDER BY p.id",
        {}, [&](const sql::Row& r) {
          out.emplace_back(r.Text("nhs_number"), r.Text("given_name"), r.Text("family_name"),
                           r.Text("birth_date"), r.Text("sex"), r.Text("postcode"),
                           r.Text("ods_code"));
        });
    return out;
  });
}

class DemoBuilderTest : public ::testing::Test {
 protected:
  void SetUp() override { sql::ApplyMigrations(db_, clock_, DemoMigrations()); }

  static DemoOptions Options(DemoArea area = DemoArea::kLambethSouthwark, std::uint64_t seed = 42) {
    DemoOptions options;
    options.area = area;
    options.seed = seed;
    options.people_per_practice = 5;
    options.hash_cost = crypto::HashCost::kMinimal;
    return options;
  }

  template <typename Fn>
  auto Read(Fn&& fn) {
    return store::RunInTransaction(db_, sql::TransactionMode::kReadOnly, std::forward<Fn>(fn));
  }

  std::int64_t CountRows(const std::string& table) {
    return Read([&](sql::Transaction& tx) {
      std::int64_t n = 0;
      tx.Query("SELECT COUNT(*) AS n FROM " + table, {},
               [&](const sql::Row& r) { n = r.Int("n"); });
      return n;
    });
  }

  std::vector<PersonRow> People() { return PeopleOf(db_); }

  sql::SqliteDatabase db_{":memory:"};
  SystemClock clock_;
};

}  // namespace lcn::demo::test_support
