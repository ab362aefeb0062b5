// SPDX-License-Identifier: Apache-2.0
#include "app/server_context.hpp"

#include <condition_variable>
#include <mutex>

#include "app/capabilities.hpp"
#include "app/version.hpp"
#include "casefinding/definitions/definitions.hpp"
#include "core/log.hpp"
#include "crypto/crypto.hpp"
#include "sql/migrator.hpp"

namespace lcn::app {

std::unique_ptr<sql::Database> OpenAndMigrate(const config::Config& config, const Clock& clock) {
  crypto::Initialise();
  auto db = sql::OpenDatabase(config.database);
  const int applied = sql::ApplyMigrations(*db, clock, AllMigrations());
  if (applied > 0) {
    log::Info("database schema brought up to date (" + std::to_string(applied) +
              " migration(s) applied)");
  }
  return db;
}

namespace {

casefinding::DefinitionSet DefinitionsFor(const config::Config& config) {
  return config.casefinding.definitions.empty()
             ? casefinding::DefaultDefinitions()
             : casefinding::LoadDefinitions(config.casefinding.definitions);
}

}  // namespace

ServerContext::ServerContext(const config::Config& config, const Clock& clock, sql::Database& db)
    : config_(config),
      sessions_(db, clock, config.auth),
      findings_(std::make_unique<findings::FindingsService>(db, clock, DefinitionsFor(config),
                                                            config.casefinding.condition_set)),
      services_{db, clock, config, sessions_, *findings_},
      router_(std::make_unique<api::Router>(app::AllRoutes(std::string(kVersion)), services_)),
      assets_(config.http.web_root),
      server_(std::make_unique<http::HttpServer>(config.http, *router_, assets_)) {}

ServerContext::~ServerContext() {
  if (refresher_.joinable()) {
    refresher_.request_stop();
    refresher_.join();
  }
}

void ServerContext::StartCaseFinding() {
  refresher_ = std::jthread([this](const std::stop_token& stop) {
    std::mutex mutex;
    std::condition_variable_any wake;
    const auto every = std::chrono::seconds(config_.casefinding.refresh_seconds);
    bool loaded = false;
    while (!stop.stop_requested()) {
      try {
        if (!loaded) {
          findings_->Load();
          loaded = true;
        } else {
          findings_->LoadIfStale();
        }
      } catch (const std::exception& e) {
        log::Error(std::string("case finding could not load the register: ") + e.what());
      }
      std::unique_lock lock(mutex);
      wake.wait_for(lock, stop, every, [] { return false; });
    }
  });
}

}  // namespace lcn::app
