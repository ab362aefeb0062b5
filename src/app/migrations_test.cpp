// SPDX-License-Identifier: Apache-2.0
//
// The registered migrations (app::AllMigrations: the platform's and each capability's, ADR 0017)
// are one history: numbers from 1 without a gap or a duplicate, the same on SQLite and
// PostgreSQL, the shipped ones unchanged in number and name, each capability's in its own folder,
// and every migration file in the source tree registered.
#include <cstddef>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/capabilities.hpp"
#include "sql/migrator.hpp"

namespace lcn::app {
namespace {

namespace fs = std::filesystem;

TEST(MigrationsTest, TheRegisteredMigrationsAreOneHistoryOnBothEngines) {
  const auto modules = AllMigrations();  // throws when they are not
  EXPECT_TRUE(sql::MigrationSetProblems(modules).empty());
  const auto sqlite = sql::CollectMigrations(sql::Dialect::kSqlite, modules);
  const auto postgres = sql::CollectMigrations(sql::Dialect::kPostgres, modules);
  ASSERT_EQ(sqlite.size(), postgres.size());
  for (std::size_t i = 0; i < sqlite.size(); ++i) {
    EXPECT_EQ(sqlite[i].version, static_cast<std::int64_t>(i) + 1);
    EXPECT_EQ(postgres[i].version, sqlite[i].version);
    EXPECT_EQ(postgres[i].name, sqlite[i].name);
    EXPECT_EQ(postgres[i].module, sqlite[i].module);
  }
  // Shipped migrations keep their numbers and names (schema_migrations records them).
  const std::vector<std::string> shipped = {"foundation", "register", "assessments",
                                            "care_team",  "tasks",    "about_me",
                                            "care_plans", "mdt",      "notes"};
  ASSERT_GE(sqlite.size(), shipped.size());
  for (std::size_t i = 0; i < shipped.size(); ++i) {
    EXPECT_EQ(sqlite[i].name, shipped[i]) << "migration " << i + 1;
  }
}

TEST(MigrationsTest, EachCapabilityOwnsItsMigrationsInItsOwnFolder) {
  for (const Capability& capability : Capabilities()) {
    if (capability.migrations != nullptr) {
      EXPECT_EQ(capability.migrations().module, capability.name);
    }
  }
  EXPECT_EQ(sql::PlatformMigrations().module, "sql");
}

TEST(MigrationsTest, EveryMigrationFileInTheTreeIsRegistered) {
  // "<module>: <dialect>/<file>" for each src/<module>/migrations/<dialect>/*.sql ...
  const fs::path src = fs::path(LCN_SOURCE_DIR) / "src";
  std::set<std::string> in_tree;
  for (const auto& entry : fs::recursive_directory_iterator(src)) {
    const fs::path& path = entry.path();
    if (!entry.is_regular_file() || path.extension() != ".sql") {
      continue;
    }
    const fs::path migrations = path.parent_path().parent_path();
    ASSERT_EQ(migrations.filename(), "migrations") << path;
    in_tree.insert(fs::relative(migrations.parent_path(), src).generic_string() + ": " +
                   path.parent_path().filename().string() + "/" + path.filename().string());
  }
  // ... and for each file embedded by the registered modules.
  std::set<std::string> registered;
  for (const auto& module : AllMigrations()) {
    for (const auto* files : {&module.sqlite(), &module.postgres()}) {
      for (const auto& file : *files) {
        registered.insert(std::string(module.module) + ": " + std::string(file.path));
      }
    }
  }
  EXPECT_EQ(in_tree, registered);
  EXPECT_GE(registered.size(), 18U);
}

}  // namespace
}  // namespace lcn::app
