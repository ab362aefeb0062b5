// SPDX-License-Identifier: Apache-2.0
//
// The contract check the API tests run on every exchange catches what it is there to catch.
#include "integration/contract_check.hpp"

#include <gtest/gtest.h>

namespace lcn::integration {
namespace {

namespace s = api::schema;

std::vector<api::Route> Table() {
  return {{.method = api::Method::kPut,
           .path = "/api/v1/things/{id}",
           .request = s::Object({s::Prop("name", s::String()), s::Opt("size", s::Integer())}),
           .response = s::Named("Thing", s::Object({s::Prop("id", s::Id()),
                                                    s::Prop("name", s::Nullable(s::String()))}))}};
}

api::Request Put(std::string body) {
  api::Request r;
  r.method = api::Method::kPut;
  r.path = "/api/v1/things/7";
  r.body = std::move(body);
  return r;
}

api::Response Answer(int status, std::string body, std::string content_type = "application/json") {
  api::Response r;
  r.status = status;
  r.body = std::move(body);
  r.content_type = std::move(content_type);
  return r;
}

TEST(ContractCheckTest, AResponseMatchingItsSchemaPasses) {
  EXPECT_TRUE(
      ContractViolations(Table(), Put(R"({"name":"a"})"), Answer(200, R"({"id":7,"name":null})"))
          .empty());
}

TEST(ContractCheckTest, AWrongTypeAMissingFieldAndAnUndeclaredFieldAreEachCaught) {
  EXPECT_FALSE(
      ContractViolations(Table(), Put(R"({"name":"a"})"), Answer(200, R"({"id":"7","name":"a"})"))
          .empty());
  EXPECT_FALSE(
      ContractViolations(Table(), Put(R"({"name":"a"})"), Answer(200, R"({"id":7})")).empty());
  EXPECT_FALSE(ContractViolations(Table(), Put(R"({"name":"a"})"),
                                  Answer(200, R"({"id":7,"name":"a","extra":1})"))
                   .empty());
}

TEST(ContractCheckTest, AnAcceptedRequestTheSchemaWouldRefuseIsCaught) {
  EXPECT_FALSE(ContractViolations(Table(), Put(R"({"name":"a","size":"big"})"),
                                  Answer(200, R"({"id":7,"name":"a"})"))
                   .empty());
}

TEST(ContractCheckTest, AnErrorMustBeAProblemBody) {
  EXPECT_TRUE(ContractViolations(Table(), Put("{}"),
                                 Answer(400, R"({"type":"/problems/bad-request","title":"Bad",
                                                 "status":400,"detail":"d","errors":[]})",
                                        "application/problem+json"))
                  .empty());
  EXPECT_FALSE(ContractViolations(Table(), Put("{}"), Answer(400, R"({"error":"bad"})")).empty());
  EXPECT_FALSE(ContractViolations(Table(), Put("{}"),
                                  Answer(400, R"({"title":"Bad"})", "application/problem+json"))
                   .empty());
}

TEST(ContractCheckTest, AnUndeclaredSuccessStatusIsCaught) {
  EXPECT_FALSE(
      ContractViolations(Table(), Put(R"({"name":"a"})"), Answer(201, R"({"id":7,"name":"a"})"))
          .empty());
}

TEST(ContractCheckTest, CallsNoRouteAnswersAreNotChecked) {
  api::Request r = Put("{}");
  r.path = "/api/v1/elsewhere";
  EXPECT_TRUE(ContractViolations(Table(), r, Answer(404, "not json")).empty());
}

}  // namespace
}  // namespace lcn::integration
