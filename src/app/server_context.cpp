// SPDX-License-Identifier: Apache-2.0
#include "app/server_context.hpp"

#include "api/routes.hpp"
#include "app/version.hpp"
#include "core/log.hpp"
#include "crypto/crypto.hpp"
#include "sql/migrator.hpp"

namespace lcn::app {

std::unique_ptr<sql::Database> OpenAndMigrate(const config::Config& config, const Clock& clock) {
  crypto::Initialise();
  auto db = sql::OpenDatabase(config.database);
  const int applied = sql::ApplyMigrations(*db, clock);
  if (applied > 0) {
    log::Info("database schema brought up to date (" + std::to_string(applied) +
              " migration(s) applied)");
  }
  return db;
}

ServerContext::ServerContext(const config::Config& config, const Clock& clock, sql::Database& db)
    : config_(config),
      sessions_(db, clock, config.auth),
      services_{db, clock, config, sessions_},
      router_(std::make_unique<api::Router>(api::BuildRoutes(std::string(kVersion)), services_)),
      assets_(config.http.web_root),
      server_(std::make_unique<http::HttpServer>(config.http, *router_, assets_)) {}

}  // namespace lcn::app
