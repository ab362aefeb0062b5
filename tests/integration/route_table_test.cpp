// SPDX-License-Identifier: Apache-2.0
//
// The one route table (app/capabilities.cpp) is consistent: refusal auditing is never lost
// because a route forgot its person_data flag, no two routes answer the same call, and the
// OpenAPI document carries each route's permission and flag and the permission table.
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "api/openapi.hpp"
#include "app/capabilities.hpp"
#include "care/timeline/timeline_repository.hpp"

namespace lcn::integration {
namespace {

TEST(RouteTableTest, RoutesNeedingAPersonDataPermissionAreMarkedPersonData) {
  for (const auto& route : app::AllRoutes("test")) {
    if (auth::InfoOf(route.permission).person_data) {
      EXPECT_TRUE(route.person_data) << api::MethodName(route.method) << " " << route.path;
    }
  }
}

TEST(RouteTableTest, NoTwoRoutesAnswerTheSameMethodAndPath) {
  std::set<std::string> seen;
  for (const auto& route : app::AllRoutes("test")) {
    const std::string key = std::string(api::MethodName(route.method)) + " " + route.path;
    EXPECT_TRUE(seen.insert(key).second) << key;
  }
}

TEST(RouteTableTest, EveryCapabilityRegistersRoutesUnderTheApi) {
  for (const auto& capability : app::Capabilities()) {
    const auto routes = capability.routes(app::BuildRegistry());
    EXPECT_FALSE(routes.empty()) << capability.name;
    for (const auto& route : routes) {
      EXPECT_EQ(route.path.rfind("/api/v1/", 0), 0u) << capability.name << ": " << route.path;
      EXPECT_FALSE(route.summary.empty()) << route.path;
    }
  }
}

TEST(RouteTableTest, OpenApiCarriesPermissionsAndPersonDataFlags) {
  const auto routes = app::AllRoutes("test");
  const nlohmann::json doc = api::BuildOpenApi(routes, "test");
  ASSERT_EQ(doc["x-permissions"].size(), auth::Permissions().size());
  EXPECT_EQ(doc["x-permissions"][6]["name"], "person:read");
  EXPECT_EQ(doc["x-permissions"][6]["personData"], true);
  for (const auto& route : routes) {
    std::string method(api::MethodName(route.method));
    for (auto& c : method) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    const auto& op = doc["paths"][route.path][method];
    EXPECT_EQ(op["x-person-data"], route.person_data) << route.path;
    EXPECT_EQ(op["x-permission"], std::string(auth::PermissionName(route.permission)));
  }
}

TEST(RouteTableTest, TimelineTypesComeFromTheRegisteredCapabilitiesInOrder) {
  const auto registry = app::BuildRegistry();
  const auto types = store::TimelineTypes(registry.timeline_sources);
  const std::vector<std::string_view> expected = {"assessment", "about_me",  "care_plan",
                                                  "task",       "referral",  "mdt",
                                                  "note",       "enrolment", "care_team"};
  EXPECT_EQ(types, expected);
}

}  // namespace
}  // namespace lcn::integration
