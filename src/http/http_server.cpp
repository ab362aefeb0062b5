// SPDX-License-Identifier: Apache-2.0
#include "http/http_server.hpp"

#include <algorithm>
#include <chrono>
#include <thread>

#include <httplib.h>

#include "api/problem.hpp"
#include "core/error.hpp"
#include "core/log.hpp"

namespace lcn::http {
namespace {

std::optional<api::Method> ToMethod(const std::string& m) {
  if (m == "GET" || m == "HEAD") {
    return api::Method::kGet;
  }
  if (m == "POST") {
    return api::Method::kPost;
  }
  if (m == "PUT") {
    return api::Method::kPut;
  }
  if (m == "PATCH") {
    return api::Method::kPatch;
  }
  if (m == "DELETE") {
    return api::Method::kDelete;
  }
  return std::nullopt;
}

bool IsApiPath(const std::string& path) {
  return path.rfind("/api/", 0) == 0 || path == "/healthz" || path == "/readyz";
}

void SecurityHeaders(httplib::Response& res) {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                 "frame-ancestors 'none'");
}

void Write(const api::Response& from, httplib::Response& to) {
  to.status = from.status;
  for (const auto& [name, value] : from.headers) {
    to.headers.emplace(name, value);
  }
  if (!from.body.empty() || from.status != 204) {
    to.set_content(from.body, from.content_type.c_str());
  }
}

}  // namespace

class HttpServer::Impl {
 public:
  Impl(const config::HttpConfig& config, const api::Router& router, const web::WebAssets& assets)
      : config_(config), router_(router), assets_(assets) {
    const int threads = config.threads;
    server_.new_task_queue = [threads] {
      return new httplib::ThreadPool(static_cast<std::size_t>(threads));
    };
    // The router applies each route's own limit; this is the largest any route accepts.
    server_.set_payload_max_length(
        static_cast<std::size_t>(std::max(config.max_body_bytes, config.max_upload_bytes)));
    server_.set_keep_alive_max_count(1000);
    auto handler = [this](const httplib::Request& req, httplib::Response& res) {
      Handle(req, res);
    };
    server_.Get(".*", handler);
    server_.Post(".*", handler);
    server_.Put(".*", handler);
    server_.Patch(".*", handler);
    server_.Delete(".*", handler);
    server_.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (res.body.empty()) {
        const api::Response p =
            res.status == 413
                ? api::ProblemFor(Error(ErrorCode::kPayloadTooLarge,
                                        "the request body is larger than the server accepts"))
                : api::Problem(res.status, "http-" + std::to_string(res.status), "HTTP error",
                               "the request could not be handled");
        res.set_content(p.body, p.content_type.c_str());
      }
      SecurityHeaders(res);
    });
  }

  void Handle(const httplib::Request& req, httplib::Response& res) {
    SecurityHeaders(res);
    if (!IsApiPath(req.path)) {
      ServeAsset(req, res);
      return;
    }
    api::Request request;
    request.method = ToMethod(req.method).value_or(api::Method::kGet);
    request.path = req.path;
    for (const auto& [k, v] : req.params) {
      request.query.emplace(k, v);
    }
    for (const auto& [k, v] : req.headers) {
      std::string name = k;
      for (auto& c : name) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
      request.headers.emplace(name, v);
    }
    request.body = req.body;
    for (const auto& [name, part] : req.files) {
      request.form_files[name] = part.content;
    }
    request.remote_address = req.remote_addr;
    Write(router_.Dispatch(std::move(request)), res);
    res.set_header("Cache-Control", "no-store");
  }

  void ServeAsset(const httplib::Request& req, httplib::Response& res) {
    if (req.method != "GET" && req.method != "HEAD") {
      Write(api::Problem(405, "method-not-allowed", "Method not allowed",
                         "only GET is supported here"),
            res);
      return;
    }
    const auto asset = assets_.Find(req.path);
    if (!asset) {
      if (!assets_.Available() && req.path == "/") {
        res.set_content(
            "<!doctype html><title>LCN</title><p>The LCN server is running, but this build has "
            "no web UI. Build it with scripts/build.sh, or set http.webRoot.</p>",
            "text/html; charset=utf-8");
        return;
      }
      Write(api::Problem(404, "not-found", "Not found", "no such file"), res);
      return;
    }
    res.set_header("Cache-Control",
                   asset->immutable ? "public, max-age=31536000, immutable" : "no-cache");
    res.set_content(asset->body, asset->content_type.c_str());
  }

  const config::HttpConfig& config_;
  const api::Router& router_;
  const web::WebAssets& assets_;
  httplib::Server server_;
  int port_ = -1;
};

HttpServer::HttpServer(const config::HttpConfig& config, const api::Router& router,
                       const web::WebAssets& assets)
    : impl_(std::make_unique<Impl>(config, router, assets)) {}

HttpServer::~HttpServer() = default;

int HttpServer::Bind() {
  const auto& c = impl_->config_;
  int port = c.port;
  if (port == 0) {
    port = impl_->server_.bind_to_any_port(c.host);
  } else if (!impl_->server_.bind_to_port(c.host, port)) {
    port = -1;
  }
  if (port < 0) {
    throw Error(ErrorCode::kUnavailable, "cannot listen on " + c.host + ":" +
                                             std::to_string(c.port) +
                                             " (is another server using that port?)");
  }
  impl_->port_ = port;
  return port;
}

void HttpServer::Run() {
  if (!impl_->server_.listen_after_bind()) {
    log::Warning("the HTTP listener stopped");
  }
}

void HttpServer::Stop() {
  impl_->server_.stop();
}

void HttpServer::WaitUntilReady() const {
  while (!impl_->server_.is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

}  // namespace lcn::http
