// SPDX-License-Identifier: Apache-2.0
//
// Schema migrations and the database-enforced rules of the foundation schema behave the same on
// SQLite and PostgreSQL: migrations apply once, a newer database is refused, and the audit
// trail is append-only. The platform's own migrations (the storage layer knows no capability's;
// app/ tests the whole registered set).
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "sql/migrator.hpp"
#include "store_conformance/conformance_fixture.hpp"

namespace lcn::sql {
namespace {

using store::ConformanceTest;

std::vector<MigrationFiles> Platform() {
  return {PlatformMigrations()};
}

TEST_P(ConformanceTest, MigrationsApplyOnceAndAreIdempotent) {
  auto fresh = test::MakeTestDatabase(GetParam());
  const auto migrations = CollectMigrations(fresh->GetDialect(), Platform());
  ASSERT_FALSE(migrations.empty());
  EXPECT_EQ(ApplyMigrations(*fresh, Clock(), Platform()), static_cast<int>(migrations.size()));
  Clock().AdvanceSeconds(60);
  EXPECT_EQ(ApplyMigrations(*fresh, Clock(), Platform()), 0);
  EXPECT_EQ(ApplyMigrations(Db(), Clock(), Platform()), 0);

  const SchemaStatus status = ReadSchemaStatus(*fresh, Platform());
  EXPECT_EQ(status.database_version, migrations.back().version);
  EXPECT_EQ(status.binary_version, migrations.back().version);

  auto tx = fresh->Begin(TransactionMode::kReadOnly);
  int rows = 0;
  tx->Query("SELECT version, name, applied_at FROM schema_migrations ORDER BY version", {},
            [&](const Row& row) {
              ASSERT_LT(static_cast<std::size_t>(rows), migrations.size());
              EXPECT_EQ(row.Int("version"), migrations[static_cast<std::size_t>(rows)].version);
              EXPECT_EQ(row.Text("name"), migrations[static_cast<std::size_t>(rows)].name);
              EXPECT_EQ(row.Int("applied_at"), test::FakeClock::kDefaultStart);
              ++rows;
            });
  EXPECT_EQ(rows, static_cast<int>(migrations.size()));
  std::string head;
  tx->Query("SELECT hash FROM audit_head WHERE id = 1", {},
            [&](const Row& row) { head = row.Text("hash"); });
  EXPECT_EQ(head, "genesis");
}

TEST_P(ConformanceTest, NewerDatabaseSchemaIsRefused) {
  {
    auto tx = Db().Begin(TransactionMode::kReadWrite);
    tx->Execute(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, "
        "'from_the_future', ${t})",
        {{"t", Clock().Now()}});
    tx->Commit();
  }
  EXPECT_EQ(ReadSchemaStatus(Db(), Platform()).database_version, 9999);
  try {
    ApplyMigrations(Db(), Clock(), Platform());
    ADD_FAILURE() << "ApplyMigrations accepted a database newer than the binary";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kConfiguration) << e.what();
  }
}

TEST_P(ConformanceTest, AuditEventsRefuseUpdateAndDelete) {
  {
    auto tx = Db().Begin(TransactionMode::kReadWrite);
    tx->Execute(
        "INSERT INTO audit_events (seq, at, action, outcome, prev_hash, hash) "
        "VALUES (1, ${at}, 'login', 'success', 'genesis', 'h1')",
        {{"at", Clock().Now()}});
    tx->Commit();
  }
  for (const std::string sql : {"UPDATE audit_events SET outcome = 'failure' WHERE seq = 1",
                                "DELETE FROM audit_events WHERE seq = 1"}) {
    auto tx = Db().Begin(TransactionMode::kReadWrite);
    EXPECT_THROW(tx->Execute(sql, {}), Error) << sql;
  }
  auto tx = Db().Begin(TransactionMode::kReadOnly);
  std::string outcome;
  tx->Query("SELECT outcome FROM audit_events WHERE seq = 1", {},
            [&](const Row& row) { outcome = row.Text("outcome"); });
  EXPECT_EQ(outcome, "success");
}

}  // namespace
}  // namespace lcn::sql
