// SPDX-License-Identifier: Apache-2.0
#include "sql/migrator.hpp"

#include <algorithm>
#include <cstdlib>

#include "core/embedded_file.hpp"
#include "core/error.hpp"
#include "core/log.hpp"

namespace lcn::sql {

const std::vector<EmbeddedFile>& SqliteMigrationFiles();
const std::vector<EmbeddedFile>& PostgresMigrationFiles();

namespace {

constexpr std::string_view kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, "
    "name TEXT NOT NULL, applied_at BIGINT NOT NULL)";

std::int64_t CurrentVersion(Transaction& tx) {
  std::int64_t version = 0;
  tx.Query("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations", {},
           [&](const Row& row) { version = row.Int("v"); });
  return version;
}

}  // namespace

std::vector<Migration> EmbeddedMigrations(Dialect dialect) {
  const auto& files =
      dialect == Dialect::kSqlite ? SqliteMigrationFiles() : PostgresMigrationFiles();
  std::vector<Migration> out;
  for (const auto& f : files) {
    const std::string_view base = f.path.substr(f.path.rfind('/') + 1);
    const std::string stem(base.substr(0, base.find('.')));
    const std::size_t underscore = stem.find('_');
    LCN_CHECK(underscore != std::string::npos);
    out.push_back({std::stoll(stem.substr(0, underscore)), stem.substr(underscore + 1), f.data});
  }
  std::sort(out.begin(), out.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  return out;
}

SchemaStatus ReadSchemaStatus(Database& db) {
  SchemaStatus status;
  const auto migrations = EmbeddedMigrations(db.GetDialect());
  status.binary_version = migrations.empty() ? 0 : migrations.back().version;
  auto tx = db.Begin(TransactionMode::kReadWrite);
  tx->Execute(kCreateTable, {});
  status.database_version = CurrentVersion(*tx);
  tx->Commit();
  return status;
}

int ApplyMigrations(Database& db, const Clock& clock) {
  const auto migrations = EmbeddedMigrations(db.GetDialect());
  const std::int64_t binary_version = migrations.empty() ? 0 : migrations.back().version;
  int applied = 0;
  for (const auto& m : migrations) {
    auto tx = db.Begin(TransactionMode::kExclusive);
    tx->Execute(kCreateTable, {});
    const std::int64_t current = CurrentVersion(*tx);
    if (current > binary_version) {
      throw Error(ErrorCode::kConfiguration,
                  "the database schema is version " + std::to_string(current) +
                      " but this lcn binary only knows up to version " +
                      std::to_string(binary_version) + "; upgrade lcn before using this database");
    }
    if (m.version <= current) {
      continue;
    }
    tx->ExecuteScript(m.script);
    tx->Execute(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (${v}, ${n}, ${t})",
        {{"v", m.version}, {"n", m.name}, {"t", clock.Now()}});
    tx->Commit();
    log::Info("applied migration " + std::to_string(m.version) + " " + m.name);
    ++applied;
  }
  if (migrations.empty() || applied == 0) {
    // Still refuse a newer database when nothing was applied.
    const SchemaStatus status = ReadSchemaStatus(db);
    if (status.database_version > status.binary_version) {
      throw Error(ErrorCode::kConfiguration, "the database schema is version " +
                                                 std::to_string(status.database_version) +
                                                 " but this lcn binary only knows up to version " +
                                                 std::to_string(status.binary_version) +
                                                 "; upgrade lcn before using this database");
    }
  }
  return applied;
}

}  // namespace lcn::sql
