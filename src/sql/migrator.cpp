// SPDX-License-Identifier: Apache-2.0
#include "sql/migrator.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "core/error.hpp"
#include "core/log.hpp"

namespace lcn::sql {
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

// The file name without its folders.
std::string_view BaseName(std::string_view path) {
  return path.substr(path.rfind('/') + 1);
}

// "0007_care_plans.sql" -> {7, "care_plans"}; std::nullopt when not NNNN_name.sql.
std::optional<Migration> Parse(const EmbeddedFile& file, std::string_view module) {
  const std::string_view base = BaseName(file.path);
  const std::size_t underscore = base.find('_');
  if (underscore == std::string_view::npos || underscore == 0 || !base.ends_with(".sql")) {
    return std::nullopt;
  }
  const std::string_view number = base.substr(0, underscore);
  if (!std::all_of(number.begin(), number.end(),
                   [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
    return std::nullopt;
  }
  const std::string_view name = base.substr(underscore + 1, base.size() - underscore - 5);
  if (name.empty() || number.size() > 9) {
    return std::nullopt;
  }
  return Migration{std::stoll(std::string(number)), std::string(name), file.data, module};
}

const std::vector<EmbeddedFile>& FilesOf(const MigrationFiles& module, Dialect dialect) {
  return dialect == Dialect::kSqlite ? module.sqlite() : module.postgres();
}

std::string DialectName(Dialect dialect) {
  return dialect == Dialect::kSqlite ? "SQLite" : "PostgreSQL";
}

// "care/care_plans (0007_care_plans)".
std::string Describe(const Migration& m) {
  std::string number = std::to_string(m.version);
  if (number.size() < 4) {
    number.insert(0, 4 - number.size(), '0');
  }
  return std::string(m.module) + " (" + number + "_" + m.name + ")";
}

// The problems of one dialect's union; fills `out` with its migrations by version.
void CheckDialect(Dialect dialect, const std::vector<MigrationFiles>& modules,
                  std::map<std::int64_t, Migration>& out, std::vector<std::string>& problems) {
  for (const auto& module : modules) {
    for (const auto& file : FilesOf(module, dialect)) {
      const auto m = Parse(file, module.module);
      if (!m) {
        problems.push_back(std::string(module.module) + ": " + std::string(file.path) +
                           " is not named NNNN_name.sql");
        continue;
      }
      const auto [it, added] = out.emplace(m->version, *m);
      if (!added) {
        problems.push_back(DialectName(dialect) + " migration " + std::to_string(m->version) +
                           " is used twice: " + Describe(it->second) + " and " + Describe(*m));
      }
    }
  }
  const std::int64_t highest = out.empty() ? 0 : out.rbegin()->first;
  for (std::int64_t v = 1; v <= highest; ++v) {
    if (!out.contains(v)) {
      problems.push_back(DialectName(dialect) + " migration " + std::to_string(v) +
                         " is missing (numbers run from 1 without a gap)");
    }
  }
}

}  // namespace

std::vector<Migration> CollectMigrations(Dialect dialect,
                                         const std::vector<MigrationFiles>& modules) {
  std::vector<Migration> out;
  for (const auto& module : modules) {
    for (const auto& file : FilesOf(module, dialect)) {
      auto m = Parse(file, module.module);
      if (!m) {
        throw Error(ErrorCode::kInternal, std::string(module.module) + ": migration " +
                                              std::string(file.path) +
                                              " is not named NNNN_name.sql");
      }
      out.push_back(std::move(*m));
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Migration& a, const Migration& b) { return a.version < b.version; });
  for (std::size_t i = 1; i < out.size(); ++i) {
    if (out[i].version == out[i - 1].version) {
      throw Error(ErrorCode::kInternal, "two migrations are numbered " +
                                            std::to_string(out[i].version) + ": " +
                                            Describe(out[i - 1]) + " and " + Describe(out[i]));
    }
  }
  return out;
}

std::vector<std::string> MigrationSetProblems(const std::vector<MigrationFiles>& modules) {
  std::vector<std::string> problems;
  std::map<std::int64_t, Migration> sqlite, postgres;
  CheckDialect(Dialect::kSqlite, modules, sqlite, problems);
  CheckDialect(Dialect::kPostgres, modules, postgres, problems);
  for (const auto& [version, m] : sqlite) {
    const auto other = postgres.find(version);
    if (other == postgres.end()) {
      problems.push_back("SQLite migration " + Describe(m) + " has no PostgreSQL file");
    } else if (other->second.name != m.name || other->second.module != m.module) {
      problems.push_back("migration " + std::to_string(version) + " is " + Describe(m) +
                         " on SQLite but " + Describe(other->second) + " on PostgreSQL");
    }
  }
  for (const auto& [version, m] : postgres) {
    if (!sqlite.contains(version)) {
      problems.push_back("PostgreSQL migration " + Describe(m) + " has no SQLite file");
    }
  }
  return problems;
}

SchemaStatus ReadSchemaStatus(Database& db, const std::vector<MigrationFiles>& modules) {
  SchemaStatus status;
  const auto migrations = CollectMigrations(db.GetDialect(), modules);
  status.binary_version = migrations.empty() ? 0 : migrations.back().version;
  auto tx = db.Begin(TransactionMode::kReadWrite);
  tx->Execute(kCreateTable, {});
  status.database_version = CurrentVersion(*tx);
  tx->Commit();
  return status;
}

int ApplyMigrations(Database& db, const Clock& clock, const std::vector<MigrationFiles>& modules) {
  const auto migrations = CollectMigrations(db.GetDialect(), modules);
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
    const SchemaStatus status = ReadSchemaStatus(db, modules);
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
