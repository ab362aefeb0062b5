// SPDX-License-Identifier: Apache-2.0
//
// Every route that takes a JSON body, sent the bodies an attacker would send (issue 12): JSON
// nested 150,000 deep (it used to overflow a worker's stack), a number no double holds (1e400
// used to answer 500), invalid UTF-8, a truncated document, something other than an object, and
// a body over the limit. Each must get a 4xx problem body that does not echo the body, and the
// server must go on answering. Each route is called by a user whose role holds its permission,
// so the body is read rather than the call refused.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/capabilities.hpp"
#include "auth/permission.hpp"
#include "integration/api_fixture.hpp"

namespace lcn::integration {
namespace {

using api::Method;

class HostileBodyApiTest : public ApiTest {};

struct Hostile {
  std::string name;
  std::string body;
};

std::vector<Hostile> HostileBodies() {
  const int depth = 150000;
  std::string deep_array = std::string(depth, '[') + std::string(depth, ']');
  std::string deep_object;
  for (int i = 0; i < depth / 10; ++i) {
    deep_object += R"({"a":)";
  }
  deep_object += "1" + std::string(depth / 10, '}');
  return {
      {"arrays nested 150,000 deep", R"({"content":)" + deep_array + "}"},
      {"objects nested 15,000 deep", deep_object},
      {"a number beyond a double", R"({"version":1e400,"summary":1e400})"},
      {"invalid UTF-8", "{\"summary\":\"\xff\xfe\",\"note\":\"\xc3\"}"},
      {"truncated", R"({"summary":"half)"},
      {"not an object", "[1,2,3]"},
      {"over the size limit",
       R"({"note":")" + std::string(std::size_t{2} * 1024 * 1024, 'x') + R"("})"},
  };
}

// The fixture's users, one per role that holds different permissions.
const std::vector<std::string>& Users() {
  static const std::vector<std::string> kUsers = {"gp.north", "coordinator.north", "social.worker",
                                                  "analyst",  "privacy",           "admin"};
  return kUsers;
}

// `path` with each {param} replaced by 1.
std::string Concrete(const std::string& path) {
  std::string out;
  bool in_param = false;
  for (const char c : path) {
    if (c == '{') {
      in_param = true;
      out += '1';
    } else if (c == '}') {
      in_param = false;
    } else if (!in_param) {
      out += c;
    }
  }
  return out;
}

TEST_P(HostileBodyApiTest, EveryJsonRouteAnswersHostileBodiesWithAProblemAndStaysUp) {
  std::map<std::string, Session> sessions;
  std::map<std::string, domain::Role> roles;
  for (const auto& username : Users()) {
    sessions[username] = SignIn(username);
    roles[username] = Principal(username).role;
  }
  const auto bodies = HostileBodies();
  int routes_tried = 0;
  for (const auto& route : app::AllRoutes("test")) {
    if (route.request.is_null()) {
      continue;
    }
    std::optional<std::string> caller;
    for (const auto& username : Users()) {
      for (const auto permission : auth::PermissionsOf(roles[username])) {
        if (permission == route.permission) {
          caller = username;
        }
      }
      if (route.permission == auth::Permission::kSignedIn ||
          route.permission == auth::Permission::kPublic) {
        caller = username;
      }
      if (caller) {
        break;
      }
    }
    ASSERT_TRUE(caller) << "no fixture user may call " << route.path;
    ++routes_tried;
    const std::string path = Concrete(route.path);
    for (const auto& hostile : bodies) {
      const auto r = Send(route.method, path, hostile.body, &sessions[*caller]);
      const std::string where =
          std::string(api::MethodName(route.method)) + " " + route.path + ", " + hostile.name;
      EXPECT_GE(r.status, 400) << where;
      EXPECT_LT(r.status, 500) << where << ": " << r.body;
      EXPECT_EQ(r.content_type, "application/problem+json") << where;
      EXPECT_EQ(r.body.find("1e400"), std::string::npos) << where << " echoes the body";
      EXPECT_EQ(r.body.find("xxxxxxxx"), std::string::npos) << where << " echoes the body";
    }
  }
  EXPECT_GT(routes_tried, 30);
  // Still answering, and the session still works.
  EXPECT_EQ(Get("/api/v1/session", sessions["gp.north"]).status, 200);
}

INSTANTIATE_TEST_SUITE_P(Engines, HostileBodyApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
