// SPDX-License-Identifier: Apache-2.0
#include "api/openapi.hpp"

#include <algorithm>
#include <cctype>

namespace lcn::api {
namespace {

using nlohmann::json;

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

json ProblemRef(const std::string& description) {
  return {
      {"description", description},
      {"content",
       {{"application/problem+json", {{"schema", {{"$ref", "#/components/schemas/Problem"}}}}}}}};
}

}  // namespace

json BuildOpenApi(const std::vector<Route>& routes, const std::string& version) {
  json paths = json::object();
  for (const auto& r : routes) {
    json op = {{"summary", r.summary},
               {"tags", json::array({r.tag})},
               {"x-permission", std::string(auth::PermissionName(r.permission))},
               {"x-person-data", r.person_data}};
    json params = json::array();
    std::size_t pos = 0;
    while ((pos = r.path.find('{', pos)) != std::string::npos) {
      const std::size_t end = r.path.find('}', pos);
      params.push_back({{"name", r.path.substr(pos + 1, end - pos - 1)},
                        {"in", "path"},
                        {"required", true},
                        {"schema", {{"type", "string"}}}});
      pos = end;
    }
    for (const auto& q : r.query) {
      params.push_back({{"name", q.name},
                        {"in", "query"},
                        {"required", q.required},
                        {"description", q.description},
                        {"schema", {{"type", "string"}}}});
    }
    if (!params.empty()) {
      op["parameters"] = params;
    }
    if (!r.body.empty()) {
      op["requestBody"] = {{"required", true},
                           {"description", r.body},
                           {"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}};
    }
    json responses = {{std::to_string(r.success_status), {{"description", "Success"}}},
                      {"400", ProblemRef("Invalid request")}};
    if (r.permission == auth::Permission::kPublic) {
      op["security"] = json::array();
    } else {
      responses["401"] = ProblemRef("Not signed in or session ended");
      responses["403"] = ProblemRef("Not allowed (role, relationship or CSRF)");
    }
    if (r.path.find('{') != std::string::npos) {
      responses["404"] = ProblemRef("Not found");
    }
    if (r.method == Method::kPut || r.method == Method::kPatch) {
      responses["409"] = ProblemRef("Changed by someone else since read (stale version)");
    }
    op["responses"] = responses;
    paths[r.path][Lower(MethodName(r.method))] = op;
  }
  const json field_error = {
      {"type", "object"},
      {"properties", {{"field", {{"type", "string"}}}, {"message", {{"type", "string"}}}}}};
  const json problem = {{"type", "object"},
                        {"properties",
                         {{"type", {{"type", "string"}}},
                          {"title", {{"type", "string"}}},
                          {"status", {{"type", "integer"}}},
                          {"detail", {{"type", "string"}}},
                          {"errors", {{"type", "array"}, {"items", field_error}}}}}};
  json doc;
  doc["openapi"] = "3.0.3";
  doc["info"] = {{"title", "LCN API"},
                 {"version", version},
                 {"description",
                  "Local care networks: geography, organisations, staff, people and their audit "
                  "trail. Errors are problem bodies; state-changing calls need the X-CSRF-Token "
                  "header."}};
  doc["paths"] = paths;
  // The permission table, so that clients read names, person-data flags and descriptions from
  // the server instead of keeping a copy.
  json permissions = json::array();
  for (const auto& p : auth::Permissions()) {
    permissions.push_back({{"name", std::string(p.name)},
                           {"personData", p.person_data},
                           {"description", std::string(p.description)}});
  }
  doc["x-permissions"] = permissions;
  doc["components"]["securitySchemes"]["session"] = {
      {"type", "apiKey"}, {"in", "cookie"}, {"name", kSessionCookie}};
  doc["components"]["schemas"]["Problem"] = problem;
  doc["security"] = json::array({{{"session", json::array()}}});
  return doc;
}

}  // namespace lcn::api
