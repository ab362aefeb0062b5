// SPDX-License-Identifier: Apache-2.0
//
// HttpServer: the only code that knows the HTTP library (cpp-httplib). The listener thread only
// accepts connections; every request, and so all database work, runs on a pool of worker
// threads. /api/*, /healthz and /readyz go to the api::Router; other GETs are the web UI.
// Adds security headers to every response. Thread-safe: Run() on one thread, Stop() from any.
#pragma once

#include <memory>

#include "api/router.hpp"
#include "config/config.hpp"
#include "web/web_assets.hpp"

namespace lcn::http {

class HttpServer {
 public:
  HttpServer(const config::HttpConfig& config, const api::Router& router,
             const web::WebAssets& assets);
  ~HttpServer();

  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds to the configured host and port (0 picks a free port); returns the bound port.
  // Throws Error(kUnavailable) when the address cannot be bound.
  int Bind();

  // Serves until Stop(). REQUIRES: Bind() succeeded.
  void Run();

  void Stop();

  // REQUIRES: Run() has been called or is about to be; returns once the server accepts.
  void WaitUntilReady() const;

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace lcn::http
