// SPDX-License-Identifier: Apache-2.0
//
// Migrations owned by several modules make one history: collected in number order whichever
// module owns them, and a set with a number used twice or missing, a badly named file, or
// engines that disagree is reported (and refused where it would be applied). Made-up modules;
// app/ tests the registered set.
#include "sql/migrator.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "sql/sqlite/sqlite_database.hpp"

namespace lcn::sql {
namespace {

using Files = std::vector<EmbeddedFile>;

const Files& None() {
  static const Files kFiles;
  return kFiles;
}

const Files& FirstSqlite() {
  static const Files kFiles = {{"sqlite/0001_first.sql", "CREATE TABLE first (id INTEGER)"}};
  return kFiles;
}

const Files& FirstPostgres() {
  static const Files kFiles = {{"postgres/0001_first.sql", "CREATE TABLE first (id BIGINT)"}};
  return kFiles;
}

const Files& SecondSqlite() {
  static const Files kFiles = {{"sqlite/0002_second.sql", "CREATE TABLE second (id INTEGER)"},
                               {"sqlite/0003_third.sql", "ALTER TABLE first ADD COLUMN note TEXT"}};
  return kFiles;
}

const Files& SecondPostgres() {
  static const Files kFiles = {
      {"postgres/0002_second.sql", "CREATE TABLE second (id BIGINT)"},
      {"postgres/0003_third.sql", "ALTER TABLE first ADD COLUMN note TEXT"}};
  return kFiles;
}

const Files& AnotherSecond() {
  static const Files kFiles = {{"x/0002_other.sql", "SELECT 1"}};
  return kFiles;
}

const Files& Fifth() {
  static const Files kFiles = {{"x/0005_fifth.sql", "SELECT 1"}};
  return kFiles;
}

const Files& Fourth() {
  static const Files kFiles = {{"x/0004_fourth.sql", "SELECT 1"}};
  return kFiles;
}

const Files& FourthRenamed() {
  static const Files kFiles = {{"x/0004_renamed.sql", "SELECT 1"}};
  return kFiles;
}

const Files& BadlyNamed() {
  static const Files kFiles = {{"x/fourth.sql", "SELECT 1"}};
  return kFiles;
}

const MigrationFiles kFirst{"platform", &FirstSqlite, &FirstPostgres};
const MigrationFiles kSecond{"care/second", &SecondSqlite, &SecondPostgres};

std::string Joined(const std::vector<std::string>& problems) {
  std::string out;
  for (const auto& p : problems) {
    out += p + "\n";
  }
  return out;
}

TEST(MigratorTest, ModulesAreCollectedInNumberOrder) {
  const auto migrations = CollectMigrations(Dialect::kPostgres, {kSecond, kFirst});
  ASSERT_EQ(migrations.size(), 3U);
  EXPECT_EQ(migrations[0].version, 1);
  EXPECT_EQ(migrations[0].name, "first");
  EXPECT_EQ(migrations[0].module, "platform");
  EXPECT_EQ(migrations[0].script, "CREATE TABLE first (id BIGINT)");
  EXPECT_EQ(migrations[1].version, 2);
  EXPECT_EQ(migrations[2].name, "third");
  EXPECT_EQ(migrations[2].module, "care/second");
  EXPECT_TRUE(MigrationSetProblems({kSecond, kFirst}).empty());
}

TEST(MigratorTest, ANumberUsedTwiceIsAProblemAndIsNeverApplied) {
  const MigrationFiles other{"care/other", &AnotherSecond, &AnotherSecond};
  const std::string problems = Joined(MigrationSetProblems({kFirst, kSecond, other}));
  EXPECT_NE(problems.find("SQLite migration 2 is used twice: care/second (0002_second) and "
                          "care/other (0002_other)"),
            std::string::npos)
      << problems;
  EXPECT_NE(problems.find("PostgreSQL migration 2 is used twice"), std::string::npos) << problems;
  try {
    CollectMigrations(Dialect::kSqlite, {kFirst, kSecond, other});
    ADD_FAILURE() << "two migrations numbered 2 were collected";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kInternal);
  }
}

TEST(MigratorTest, AMissingNumberIsAProblem) {
  const MigrationFiles fifth{"care/fifth", &Fifth, &Fifth};
  const std::string problems = Joined(MigrationSetProblems({kFirst, kSecond, fifth}));
  EXPECT_NE(problems.find("SQLite migration 4 is missing"), std::string::npos) << problems;
  EXPECT_NE(problems.find("PostgreSQL migration 4 is missing"), std::string::npos) << problems;
  EXPECT_EQ(problems.find("migration 5"), std::string::npos) << problems;
}

TEST(MigratorTest, BothEnginesMustHaveTheSameMigrations) {
  const MigrationFiles sqlite_only{"care/fourth", &Fourth, &None};
  EXPECT_NE(Joined(MigrationSetProblems({kFirst, kSecond, sqlite_only}))
                .find("SQLite migration care/fourth (0004_fourth) has no PostgreSQL file"),
            std::string::npos);
  const MigrationFiles postgres_only{"care/fourth", &None, &Fourth};
  EXPECT_NE(Joined(MigrationSetProblems({kFirst, kSecond, postgres_only}))
                .find("PostgreSQL migration care/fourth (0004_fourth) has no SQLite file"),
            std::string::npos);
  const MigrationFiles renamed{"care/fourth", &Fourth, &FourthRenamed};
  EXPECT_NE(Joined(MigrationSetProblems({kFirst, kSecond, renamed}))
                .find("migration 4 is care/fourth (0004_fourth) on SQLite but care/fourth "
                      "(0004_renamed) on PostgreSQL"),
            std::string::npos);
}

TEST(MigratorTest, AFileNotNamedWithItsNumberIsAProblem) {
  const MigrationFiles bad{"care/bad", &BadlyNamed, &BadlyNamed};
  EXPECT_NE(Joined(MigrationSetProblems({kFirst, bad})).find("x/fourth.sql is not named"),
            std::string::npos);
  EXPECT_THROW(CollectMigrations(Dialect::kSqlite, {kFirst, bad}), Error);
}

TEST(MigratorTest, ApplyRunsEveryModulesMigrationsInNumberOrder) {
  SqliteDatabase db(":memory:");
  const SystemClock clock;
  // The second module's 0003 alters the first module's table: it must run after 0001.
  EXPECT_EQ(ApplyMigrations(db, clock, {kSecond, kFirst}), 3);
  EXPECT_EQ(ApplyMigrations(db, clock, {kFirst, kSecond}), 0);
  const SchemaStatus status = ReadSchemaStatus(db, {kFirst, kSecond});
  EXPECT_EQ(status.database_version, 3);
  EXPECT_EQ(status.binary_version, 3);
  auto tx = db.Begin(TransactionMode::kReadOnly);
  std::vector<std::string> names;
  tx->Query("SELECT name FROM schema_migrations ORDER BY version", {},
            [&](const Row& row) { names.push_back(row.Text("name")); });
  EXPECT_EQ(names, (std::vector<std::string>{"first", "second", "third"}));
}

TEST(MigratorTest, ADatabaseNewerThanTheModulesGivenIsRefused) {
  SqliteDatabase db(":memory:");
  const SystemClock clock;
  ApplyMigrations(db, clock, {kFirst, kSecond});
  try {
    ApplyMigrations(db, clock, {kFirst});
    ADD_FAILURE() << "a database at version 3 was accepted by migrations up to 1";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kConfiguration) << e.what();
  }
}

}  // namespace
}  // namespace lcn::sql
