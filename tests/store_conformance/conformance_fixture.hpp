// SPDX-License-Identifier: Apache-2.0
//
// ConformanceTest: the fixture of the store conformance suite, which runs every TEST_P once per
// engine (Engines/ConformanceTest.Name/Sqlite and .../Postgres). Each test gets a fresh database
// with all migrations applied and a FakeClock; PostgreSQL cases skip unless
// LCN_TEST_POSTGRES_URL is set. Add repository tests as new .cpp files in this folder:
//   namespace lcn::store { namespace { TEST_P(ConformanceTest, Something) { ... Db() ... } } }
// The suite is instantiated once, in sql_conformance_test.cpp. A fixture derived from
// ConformanceTest needs its own INSTANTIATE_TEST_SUITE_P(Engines, Derived, AllBackends(),
// BackendParamName()).
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include <gtest/gtest.h>

#include "sql/database.hpp"
#include "sql/migrator.hpp"
#include "testing/fake_clock.hpp"
#include "testing/test_database.hpp"

namespace lcn::test {

// Prints a Backend in GoogleTest messages ("where GetParam() = Postgres").
inline void PrintTo(Backend backend, std::ostream* os) {
  *os << BackendName(backend);
}

}  // namespace lcn::test

namespace lcn::store {

// Every engine, for INSTANTIATE_TEST_SUITE_P.
inline auto AllBackends() {
  return ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres);
}

// Names parameterized cases ".../Sqlite" and ".../Postgres".
struct BackendParamName {
  std::string operator()(const ::testing::TestParamInfo<test::Backend>& info) const {
    return test::BackendName(info.param);
  }
};

class ConformanceTest : public ::testing::TestWithParam<test::Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == test::Backend::kPostgres && !test::PostgresAvailable()) {
      GTEST_SKIP() << "set LCN_TEST_POSTGRES_URL (see scripts/pg-test-cluster.sh) to run "
                      "PostgreSQL conformance tests";
    }
    db_ = test::MakeTestDatabase(GetParam());
    sql::ApplyMigrations(*db_, clock_, {sql::PlatformMigrations()});
  }

  void TearDown() override { db_.reset(); }

  // The test's database, migrated to the binary's schema version. Valid until TearDown.
  sql::Database& Db() { return *db_; }

  test::FakeClock& Clock() { return clock_; }

  sql::Dialect GetDialect() const { return db_->GetDialect(); }

 private:
  test::FakeClock clock_;
  std::unique_ptr<sql::Database> db_;
};

}  // namespace lcn::store
