// SPDX-License-Identifier: Apache-2.0
//
// The one route table (app/capabilities.cpp) is consistent: refusal auditing is never lost
// because a route forgot its person_data flag, no two routes answer the same call, and the
// OpenAPI document carries each route's permission and flag and the permission table.
#include <cctype>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "api/openapi.hpp"
#include "api/routes.hpp"
#include "app/capabilities.hpp"
#include "care/timeline/timeline_repository.hpp"
#include "integration/contract_check.hpp"

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

std::string Name(const api::Route& route) {
  return std::string(api::MethodName(route.method)) + " " + route.path;
}

// What a route lacks of its wire contract ("" when nothing).
std::string MissingContract(const api::Route& route) {
  std::string missing;
  if (route.operation_id.empty()) {
    missing += " operation_id";
  }
  if (route.response_type == "application/json" && route.response.is_null() &&
      route.success_status != 204) {
    missing += " response schema";
  }
  if (!route.body.empty() && route.request.is_null()) {
    missing += " request schema (the body is described in words only)";
  }
  return missing;
}

TEST(RouteTableTest, EveryRouteDeclaresItsWireContract) {
  const auto registry = app::BuildRegistry();
  std::vector<std::pair<std::string, std::vector<api::Route>>> groups;
  groups.emplace_back("platform", api::PlatformRoutes());
  for (const auto& capability : app::Capabilities()) {
    groups.emplace_back(std::string(capability.name), capability.routes(registry));
  }
  for (const auto& [name, routes] : groups) {
    for (const auto& route : routes) {
      EXPECT_EQ(MissingContract(route), "") << name << ": " << Name(route);
    }
  }
}

// ADR 0019: the words for a labelled vocabulary's codes travel in the document, one for each
// code, on its named schema (where the web UI's generated LABELS come from).
TEST(RouteTableTest, LabelledVocabulariesCarryTheirWordsInTheDocument) {
  const nlohmann::json doc = api::BuildOpenApi(app::AllRoutes("test"), "test");
  const auto& schemas = doc["components"]["schemas"];
  for (const char* name :
       {"TaskState", "TaskPriority", "ReferralService", "EnrolmentState", "AgreementMethod",
        "ClosureReason", "MdtMeetingState", "MdtCaseSource", "MdtDecision", "NoteKind",
        "FrailtyCategory", "AssessmentAuthor", "InformationNeedKind", "AboutMeMayView"}) {
    ASSERT_TRUE(schemas.contains(name)) << name;
    const auto& schema = schemas[name];
    ASSERT_TRUE(schema.contains("x-enumDescriptions")) << name;
    EXPECT_EQ(schema["x-enumDescriptions"].size(), schema["enum"].size()) << name;
    for (const auto& code : schema["enum"]) {
      EXPECT_FALSE(schema["x-enumDescriptions"].value(code.get<std::string>(), "").empty())
          << name << " " << code;
    }
  }
  EXPECT_EQ(schemas["TaskState"]["x-enumDescriptions"]["in_progress"], "In progress");
  EXPECT_EQ(schemas["MdtCaseSource"]["x-enumDescriptions"]["referral"], "Open referral");
  EXPECT_EQ(schemas["FrailtyCategory"]["x-enumDescriptions"]["mild"], "Mild frailty");
}

TEST(RouteTableTest, OperationIdsAreUniqueLowerCamelCase) {
  std::set<std::string> seen;
  for (const auto& route : app::AllRoutes("test")) {
    const std::string id =
        route.operation_id.empty() ? api::DefaultOperationId(route) : route.operation_id;
    EXPECT_TRUE(seen.insert(id).second) << id;
    ASSERT_FALSE(id.empty());
    EXPECT_TRUE(std::islower(static_cast<unsigned char>(id[0])) != 0) << id;
    EXPECT_EQ(
        id.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
        std::string::npos)
        << id;
  }
}

TEST(RouteTableTest, EverySchemaIsAValidJsonSchema) {
  for (const auto& route : app::AllRoutes("test")) {
    for (const auto* s : {&route.request, &route.response}) {
      if (!s->is_null()) {
        EXPECT_NO_THROW(SchemaViolations(*s, nlohmann::json::object())) << Name(route);
      }
    }
    for (const auto& q : route.query) {
      EXPECT_NO_THROW(SchemaViolations(q.schema, "x")) << Name(route) << " ?" << q.name;
    }
  }
}

TEST(RouteTableTest, PathParametersAreRowIdsOrVersions) {
  for (const auto& route : app::AllRoutes("test")) {
    for (const auto& name : api::PathParameterNames(route.path)) {
      const bool id = name == "id" || (name.size() > 2 && name.substr(name.size() - 2) == "Id");
      EXPECT_TRUE(id || name == "version") << Name(route) << ": {" << name << "}";
    }
  }
}

TEST(RouteTableTest, OpenApiListsEachNamedSchemaOnceAndRefersToIt) {
  const nlohmann::json doc = api::BuildOpenApi(app::AllRoutes("test"), "test");
  const auto& schemas = doc["components"]["schemas"];
  EXPECT_TRUE(schemas.contains("Problem"));
  EXPECT_TRUE(schemas.contains("CarePlanVersion"));
  const auto& put = doc["paths"]["/api/v1/people/{id}/care-plan"]["put"];
  EXPECT_EQ(put["operationId"], "saveCarePlan");
  EXPECT_EQ(put["requestBody"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/CarePlanSave");
  EXPECT_EQ(put["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/CarePlanVersion");
  EXPECT_EQ(doc.dump().find(api::schema::kNameKey), std::string::npos);
}

TEST(RouteTableTest, OneSchemaNameForTwoSchemasIsRefused) {
  auto routes = app::AllRoutes("test");
  routes[0].response = api::schema::Named("Problem", api::schema::String());
  EXPECT_THROW(api::BuildOpenApi(routes, "test"), std::logic_error);
}

TEST(RouteTableTest, TheUploadIsDeclaredMultipart) {
  const nlohmann::json doc = api::BuildOpenApi(app::AllRoutes("test"), "test");
  int uploads = 0;
  for (const auto& route : app::AllRoutes("test")) {
    if (route.upload) {
      ++uploads;
      std::string method(api::MethodName(route.method));
      for (auto& c : method) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
      EXPECT_TRUE(doc["paths"][route.path][method]["requestBody"]["content"].contains(
          "multipart/form-data"));
    }
  }
  EXPECT_GT(uploads, 0);
}

TEST(RouteTableTest, TimelineTypesComeFromTheRegisteredCapabilitiesInOrder) {
  const auto registry = app::BuildRegistry();
  std::vector<std::string_view> codes;
  for (const auto& type : store::TimelineTypes(registry.timeline_sources)) {
    codes.push_back(type.code);
    EXPECT_FALSE(type.label.empty()) << type.code;
    EXPECT_FALSE(type.plural.empty()) << type.code;
  }
  const std::vector<std::string_view> expected = {"assessment", "about_me",  "care_plan",
                                                  "task",       "referral",  "mdt",
                                                  "note",       "enrolment", "care_team"};
  EXPECT_EQ(codes, expected);
}

}  // namespace
}  // namespace lcn::integration
