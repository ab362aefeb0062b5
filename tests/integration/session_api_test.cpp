// SPDX-License-Identifier: Apache-2.0
//
// Sign-in, sessions, CSRF, lock-out and sign-out, and the staff roles, through the real route
// table.
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>

#include <gmock/gmock.h>

#include "integration/api_fixture.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::integration {
namespace {

using api::Method;
using ::testing::HasSubstr;

class SessionApiTest : public ApiTest {};

TEST_P(SessionApiTest, WrongPasswordAndUnknownUserGetTheSame401) {
  const auto wrong = Send(Method::kPost, "/api/v1/session",
                          R"({"username":"gp.north","password":"not-the-password"})");
  const auto unknown = Send(Method::kPost, "/api/v1/session",
                            R"({"username":"nobody","password":"not-the-password"})");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(Body(wrong)["detail"], Body(unknown)["detail"]);
  EXPECT_EQ(wrong.content_type, "application/problem+json");
  EXPECT_EQ(wrong.headers.count("Set-Cookie"), 0U);
}

TEST_P(SessionApiTest, SignInSetsAHardenedCookieAndReturnsTheUser) {
  const auto r = Send(Method::kPost, "/api/v1/session",
                      nlohmann::json{{"username", "gp.north"}, {"password", kPassword}}.dump());
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string cookie = r.headers.find("Set-Cookie")->second;
  EXPECT_THAT(cookie, HasSubstr("HttpOnly"));
  EXPECT_THAT(cookie, HasSubstr("SameSite=Strict"));
  EXPECT_THAT(cookie, ::testing::Not(HasSubstr("Secure")));
  const auto body = Body(r);
  EXPECT_EQ(body["user"]["role"], "gp");
  EXPECT_EQ(body["user"]["organisation"]["name"], "North Practice");
  EXPECT_EQ(body["csrfToken"].get<std::string>().size(), 64U);
  const auto& permissions = body["user"]["permissions"];
  EXPECT_NE(std::find(permissions.begin(), permissions.end(), "worklist:read"), permissions.end());
  EXPECT_EQ(std::find(permissions.begin(), permissions.end(), "users:admin"), permissions.end());
}

TEST_P(SessionApiTest, CookieIsSecureBehindTls) {
  config_.http.behind_tls = true;
  const auto r = Send(Method::kPost, "/api/v1/session",
                      nlohmann::json{{"username", "gp.north"}, {"password", kPassword}}.dump());
  EXPECT_THAT(r.headers.find("Set-Cookie")->second, HasSubstr("; Secure"));
}

TEST_P(SessionApiTest, MalformedAndIncompleteSignInsAre400WithFields) {
  EXPECT_EQ(Send(Method::kPost, "/api/v1/session", "{not json").status, 400);
  EXPECT_EQ(Send(Method::kPost, "/api/v1/session", "[1,2]").status, 400);
  const auto r = Send(Method::kPost, "/api/v1/session", R"({"username":5,"extra":true})");
  ASSERT_EQ(r.status, 400);
  const auto body = Body(r);
  const auto& errors = body["errors"];
  std::set<std::string> fields;
  for (const auto& e : errors) {
    fields.insert(e["field"].get<std::string>());
  }
  EXPECT_EQ(fields, (std::set<std::string>{"username", "password", "extra"}));
}

TEST_P(SessionApiTest, NoCookieOrAGarbageCookieIs401) {
  EXPECT_EQ(Send(Method::kGet, "/api/v1/session").status, 401);
  Session fake{"lcn_session=deadbeef", "x"};
  const auto r = Send(Method::kGet, "/api/v1/session", "", &fake);
  EXPECT_EQ(r.status, 401);
  EXPECT_THAT(Body(r)["detail"].get<std::string>(), HasSubstr("session has ended"));
}

TEST_P(SessionApiTest, IdleAndAbsoluteExpiryEndTheSession) {
  Session s = SignIn("gp.north");
  clock_.AdvanceSeconds(std::int64_t{29} * 60);
  EXPECT_EQ(Get("/api/v1/session", s).status, 200);  // activity moves the idle timer on
  clock_.AdvanceSeconds(std::int64_t{29} * 60);
  EXPECT_EQ(Get("/api/v1/session", s).status, 200);
  clock_.AdvanceSeconds(std::int64_t{31} * 60);
  EXPECT_EQ(Get("/api/v1/session", s).status, 401);  // idle too long

  Session busy = SignIn("gp.north");
  for (int i = 0; i < 13 * 3; ++i) {  // active every 20 minutes for 13 hours
    clock_.AdvanceSeconds(std::int64_t{20} * 60);
    if (Get("/api/v1/session", busy).status != 200) {
      EXPECT_GE(i, 12 * 3 - 1) << "ended before the 12-hour absolute limit";
      return;
    }
  }
  FAIL() << "the session outlived its absolute limit";
}

TEST_P(SessionApiTest, StateChangingCallsNeedTheCsrfToken) {
  Session s = SignIn("gp.north");
  const std::string path = "/api/v1/people/" + std::to_string(ids_.person_south) + "/break-glass";
  const std::string body = R"({"reason":"Unconscious in A&E, no other history"})";
  Session no_token{s.cookie, ""};
  auto r = Send(Method::kPost, path, body, &no_token);
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(Body(r)["type"], "/problems/csrf");
  Session wrong_token{s.cookie, std::string(64, 'a')};
  EXPECT_EQ(Send(Method::kPost, path, body, &wrong_token).status, 403);
  EXPECT_EQ(CountAudit(ids_.person_south, "break-glass", "allowed"), 0);
  EXPECT_EQ(Send(Method::kPost, path, body, &s).status, 201);
}

TEST_P(SessionApiTest, RepeatedFailuresLockTheAccountForAWhile) {
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(Send(Method::kPost, "/api/v1/session",
                   R"({"username":"gp.north","password":"wrong-password-1"})")
                  .status,
              401);
  }
  const std::string good = nlohmann::json{{"username", "gp.north"}, {"password", kPassword}}.dump();
  const auto locked = Send(Method::kPost, "/api/v1/session", good);
  EXPECT_EQ(locked.status, 429);
  EXPECT_THAT(Body(locked)["detail"].get<std::string>(), HasSubstr("locked"));
  clock_.AdvanceSeconds(std::int64_t{16} * 60);
  EXPECT_EQ(Send(Method::kPost, "/api/v1/session", good).status, 200);
}

TEST_P(SessionApiTest, SignOutEndsTheSession) {
  Session s = SignIn("gp.north");
  const auto r = Send(Method::kDelete, "/api/v1/session", "", &s);
  EXPECT_EQ(r.status, 204);
  EXPECT_THAT(r.headers.find("Set-Cookie")->second, HasSubstr("Max-Age=0"));
  EXPECT_EQ(Get("/api/v1/session", s).status, 401);
}

TEST_P(SessionApiTest, DisabledUsersCannotSignInOrKeepSessions) {
  Session s = SignIn("gp.north");
  store::RunInTransaction(*db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    store::UserRepository users(tx);
    users.SetDisabled(users.FindByUsername("gp.north")->id, true, clock_.Now());
  });
  EXPECT_EQ(Get("/api/v1/session", s).status, 401);
  EXPECT_EQ(Send(Method::kPost, "/api/v1/session",
                 nlohmann::json{{"username", "gp.north"}, {"password", kPassword}}.dump())
                .status,
            401);
}

TEST_P(SessionApiTest, RolesListEveryRoleWithItsLabelAndPermissions) {
  EXPECT_EQ(Send(Method::kGet, "/api/v1/roles").status, 401);
  const auto r = Get("/api/v1/roles", SignIn("analyst"));
  ASSERT_EQ(r.status, 200) << r.body;
  std::map<std::string, nlohmann::json> roles;
  const nlohmann::json body = Body(r);  // kept: the loop below iterates into it
  for (const auto& role : body["items"]) {
    roles[role["code"].get<std::string>()] = role;
  }
  EXPECT_EQ(roles.size(), 15U);
  ASSERT_TRUE(roles.contains("link_worker"));
  EXPECT_EQ(roles["link_worker"]["label"], "Social prescribing link worker");
  const auto& gp = roles["gp"]["permissions"];
  EXPECT_NE(std::find(gp.begin(), gp.end(), "worklist:read"), gp.end());
  EXPECT_EQ(std::find(gp.begin(), gp.end(), "users:admin"), gp.end());
  const auto& admin = roles["administrator"]["permissions"];
  EXPECT_NE(std::find(admin.begin(), admin.end(), "users:admin"), admin.end());
}

INSTANTIATE_TEST_SUITE_P(Engines, SessionApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
