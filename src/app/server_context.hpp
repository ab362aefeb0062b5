// SPDX-License-Identifier: Apache-2.0
//
// The composition root: opens the database named by the Config, applies migrations, and wires
// the session service, the route table, the web assets and the HTTP server. Components take
// their dependencies through constructors; nothing is global. Owns everything it builds.
#pragma once

#include <memory>
#include <string>
#include <thread>

#include "api/router.hpp"
#include "auth/session_service.hpp"
#include "config/config.hpp"
#include "core/clock.hpp"
#include "findings/findings_service.hpp"
#include "http/http_server.hpp"
#include "sql/database.hpp"
#include "web/web_assets.hpp"

namespace lcn::app {

// Opens the configured database and applies pending migrations. Throws Error (kConfiguration,
// kUnavailable) with one clear message when it cannot.
std::unique_ptr<sql::Database> OpenAndMigrate(const config::Config& config, const Clock& clock);

class ServerContext {
 public:
  // Builds every component. REQUIRES: `db` migrated. `config`, `clock` and `db` outlive this.
  ServerContext(const config::Config& config, const Clock& clock, sql::Database& db);

  // Binds the listener; returns the port (useful with port 0).
  int Bind() { return server_->Bind(); }

  // Serves until Stop().
  void Run() { server_->Run(); }

  void Stop() { server_->Stop(); }

  void WaitUntilReady() const { server_->WaitUntilReady(); }

  const api::Router& Router() const { return *router_; }

  findings::FindingsService& Findings() { return *findings_; }

  // Loads case finding in the background and then keeps it current: every
  // casefinding.refreshSeconds it reloads when another process imported or the day changed.
  // Worklists answer 503 until the first load is done. Stopped by the destructor.
  void StartCaseFinding();

  ~ServerContext();

 private:
  const config::Config& config_;
  auth::SessionService sessions_;
  std::unique_ptr<findings::FindingsService> findings_;
  api::ServiceContext services_;
  std::unique_ptr<api::Router> router_;
  web::WebAssets assets_;
  std::unique_ptr<http::HttpServer> server_;
  std::jthread refresher_;
};

}  // namespace lcn::app
