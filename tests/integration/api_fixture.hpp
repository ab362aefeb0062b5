// SPDX-License-Identifier: Apache-2.0
//
// ApiTest: a real, migrated database (SQLite, or PostgreSQL when LCN_TEST_POSTGRES_URL is set)
// with a small network of two networks, practices, staff and people, and the real route table
// driven in-process (no socket). Each test gets a fresh database and a FakeClock.
#pragma once

#include <map>
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "api/router.hpp"
#include "auth/session_service.hpp"
#include "config/config.hpp"
#include "sql/database.hpp"
#include "testing/fake_clock.hpp"
#include "testing/test_database.hpp"

namespace lcn::integration {

// A signed-in user as the browser holds it.
struct Session {
  std::string cookie;  // "lcn_session=..."
  std::string csrf;
};

struct Fixture {
  std::int64_t network_north = 0, network_south = 0, neighbourhood_north = 0;
  std::int64_t practice_north = 0, practice_south = 0, federation_north = 0, council = 0;
  std::int64_t person_north = 0, person_south = 0;
};

class ApiTest : public ::testing::TestWithParam<test::Backend> {
 protected:
  void SetUp() override;

  // Signs `username` in (password kPassword); fails the test when it does not work.
  Session SignIn(const std::string& username);

  api::Response Send(api::Method method, const std::string& path, const std::string& body = "",
                     const Session* session = nullptr,
                     std::map<std::string, std::string> query = {});

  api::Response Get(const std::string& path, const Session& s,
                    std::map<std::string, std::string> query = {}) {
    return Send(api::Method::kGet, path, "", &s, std::move(query));
  }

  api::Response Post(const std::string& path, const nlohmann::json& body, const Session& s) {
    return Send(api::Method::kPost, path, body.dump(), &s);
  }

  api::Response Put(const std::string& path, const nlohmann::json& body, const Session& s) {
    return Send(api::Method::kPut, path, body.dump(), &s);
  }

  // Uploads extract files (name -> CSV text) as POST /api/v1/register/imports does.
  api::Response UploadExtract(const Session& s, std::map<std::string, std::string> files,
                              std::map<std::string, std::string> query = {}) {
    api::Request req;
    req.method = api::Method::kPost;
    req.path = "/api/v1/register/imports";
    req.form_files = std::move(files);
    req.query = std::move(query);
    req.headers["cookie"] = s.cookie;
    req.headers["x-csrf-token"] = s.csrf;
    return router_->Dispatch(req);
  }

  static nlohmann::json Body(const api::Response& r) { return nlohmann::json::parse(r.body); }

  // Who `username` is once signed in, as services are told (signs them in).
  auth::Principal Principal(const std::string& username);

  // The number of audit rows matching `action` and `outcome` for `person`.
  int CountAudit(std::int64_t person, const std::string& action, const std::string& outcome);

  static constexpr const char* kPassword = "a-good-test-password";

  test::FakeClock clock_;
  config::Config config_;
  std::unique_ptr<sql::Database> db_;
  std::unique_ptr<auth::SessionService> sessions_;
  std::unique_ptr<findings::FindingsService> findings_;
  std::unique_ptr<api::ServiceContext> services_;
  std::unique_ptr<api::Router> router_;
  Fixture ids_;
};

std::string ParamName(const ::testing::TestParamInfo<test::Backend>& info);

}  // namespace lcn::integration
