// SPDX-License-Identifier: Apache-2.0
//
// The real HTTP server on a free port, driven by the cpp-httplib client: health, the OpenAPI
// document generated from the route table, the body limit, security headers, cookies over the
// wire, and the web UI with single-page-app fallback and no path traversal.
#include "http/http_server.hpp"

#include <filesystem>
#include <fstream>
#include <thread>

#include <gmock/gmock.h>
#include <httplib.h>

#include "integration/api_fixture.hpp"

namespace lcn::integration {
namespace {

class HttpServerTest : public ApiTest {
 protected:
  void StartServer() {
    web_root_ = std::filesystem::temp_directory_path() /
                ("lcn_web_" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    std::filesystem::create_directories(web_root_ / "assets");
    std::ofstream(web_root_ / "index.html") << "<!doctype html><title>LCN test</title>";
    std::ofstream(web_root_ / "assets" / "app-1234.js") << "console.log('hi')";
    config_.http.port = 0;
    config_.http.threads = 4;
    config_.http.max_body_bytes = 4096;
    assets_ = std::make_unique<web::WebAssets>(web_root_.string());
    server_ = std::make_unique<http::HttpServer>(config_.http, *router_, *assets_);
    port_ = server_->Bind();
    thread_ = std::thread([this] { server_->Run(); });
    server_->WaitUntilReady();
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
  }

  void TearDown() override {
    if (server_) {
      server_->Stop();
      thread_.join();
      std::filesystem::remove_all(web_root_);
    }
  }

  std::filesystem::path web_root_;
  std::unique_ptr<web::WebAssets> assets_;
  std::unique_ptr<http::HttpServer> server_;
  std::thread thread_;
  int port_ = 0;
  std::unique_ptr<httplib::Client> client_;
};

TEST_P(HttpServerTest, HealthAndReadiness) {
  StartServer();
  auto h = client_->Get("/healthz");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->status, 200);
  auto r = client_->Get("/readyz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(r->get_header_value("X-Frame-Options"), "DENY");
}

TEST_P(HttpServerTest, OpenApiDocumentsEveryRouteWithItsPermission) {
  StartServer();
  auto res = client_->Get("/api/v1/openapi.json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  const auto doc = nlohmann::json::parse(res->body);
  EXPECT_EQ(doc["openapi"], "3.1.0");
  std::size_t operations = 0;
  for (const auto& route : router_->Routes()) {
    std::string method(api::MethodName(route.method));
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    ASSERT_TRUE(doc["paths"].contains(route.path)) << route.path;
    ASSERT_TRUE(doc["paths"][route.path].contains(method)) << method << " " << route.path;
    EXPECT_FALSE(doc["paths"][route.path][method]["x-permission"].get<std::string>().empty());
    ++operations;
  }
  EXPECT_GE(operations, 25U);
  EXPECT_TRUE(doc["paths"]["/api/v1/people/{id}"]["get"]["responses"].contains("403"));
}

TEST_P(HttpServerTest, OversizedBodiesAreRefusedWith413Problem) {
  StartServer();
  auto res = client_->Post("/api/v1/session", std::string(10000, 'x'), "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_THAT(res->body, ::testing::HasSubstr("payload-too-large"));
}

TEST_P(HttpServerTest, SessionCookieTravelsAndSignOutNeedsCsrf) {
  StartServer();
  auto in = client_->Post("/api/v1/session",
                          nlohmann::json{{"username", "gp.north"}, {"password", kPassword}}.dump(),
                          "application/json");
  ASSERT_TRUE(in);
  ASSERT_EQ(in->status, 200);
  const std::string set_cookie = in->get_header_value("Set-Cookie");
  const std::string cookie = set_cookie.substr(0, set_cookie.find(';'));
  const std::string csrf = nlohmann::json::parse(in->body)["csrfToken"];
  auto me = client_->Get("/api/v1/session", {{"Cookie", cookie}});
  ASSERT_TRUE(me);
  EXPECT_EQ(me->status, 200);
  EXPECT_EQ(me->get_header_value("Cache-Control"), "no-store");
  auto no_csrf = client_->Delete("/api/v1/session", {{"Cookie", cookie}});
  ASSERT_TRUE(no_csrf);
  EXPECT_EQ(no_csrf->status, 403);
  auto out = client_->Delete("/api/v1/session", {{"Cookie", cookie}, {"X-CSRF-Token", csrf}});
  ASSERT_TRUE(out);
  EXPECT_EQ(out->status, 204);
  auto after = client_->Get("/api/v1/session", {{"Cookie", cookie}});
  EXPECT_EQ(after->status, 401);
}

TEST_P(HttpServerTest, ExtractUploadTravelsAsMultipartBeyondTheJsonLimit) {
  config_.http.max_upload_bytes = 1 << 20;
  StartServer();
  auto in = client_->Post("/api/v1/session",
                          nlohmann::json{{"username", "admin"}, {"password", kPassword}}.dump(),
                          "application/json");
  ASSERT_TRUE(in);
  ASSERT_EQ(in->status, 200);
  const std::string set_cookie = in->get_header_value("Set-Cookie");
  const httplib::Headers headers = {
      {"Cookie", set_cookie.substr(0, set_cookie.find(';'))},
      {"X-CSRF-Token", nlohmann::json::parse(in->body)["csrfToken"].get<std::string>()}};
  // Bigger than http.maxBodyBytes (4096) but within http.maxUploadBytes.
  std::string events = "patient_id,code,date\n";
  while (events.size() < 10'000) {
    events += "P1,38341003,2015-01-01\n";
  }
  const httplib::MultipartFormDataItems files = {
      {"patients", "patient_id,birth_date,sex,practice\nP1,1950-01-01,male,G0001\n", "patients.csv",
       "text/csv"},
      {"events", events, "events.csv", "text/csv"}};
  auto up = client_->Post("/api/v1/register/imports", headers, files);
  ASSERT_TRUE(up);
  EXPECT_EQ(up->status, 201) << up->body;
  EXPECT_EQ(nlohmann::json::parse(up->body)["patientsNew"], 1);
  // The JSON routes keep their own, smaller limit.
  auto big = client_->Post("/api/v1/people", headers, std::string(10'000, ' '), "application/json");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
}

TEST_P(HttpServerTest, ServesTheWebUiWithSpaFallbackAndNoTraversal) {
  StartServer();
  auto root = client_->Get("/");
  ASSERT_TRUE(root);
  EXPECT_EQ(root->status, 200);
  EXPECT_THAT(root->body, ::testing::HasSubstr("LCN test"));
  EXPECT_EQ(root->get_header_value("Cache-Control"), "no-cache");
  auto route = client_->Get("/people/42");
  EXPECT_EQ(route->status, 200);
  EXPECT_THAT(route->body, ::testing::HasSubstr("LCN test"));
  auto asset = client_->Get("/assets/app-1234.js");
  EXPECT_EQ(asset->status, 200);
  EXPECT_THAT(asset->get_header_value("Content-Type"), ::testing::HasSubstr("text/javascript"));
  EXPECT_THAT(asset->get_header_value("Cache-Control"), ::testing::HasSubstr("immutable"));
  EXPECT_EQ(client_->Get("/assets/missing.js")->status, 404);
  EXPECT_EQ(client_->Get("/..%2F..%2Fetc/passwd")->status, 404);
  EXPECT_EQ(client_->Post("/index.html", "", "text/plain")->status, 405);
}

INSTANTIATE_TEST_SUITE_P(Engines, HttpServerTest, ::testing::Values(test::Backend::kSqlite),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
