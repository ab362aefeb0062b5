// SPDX-License-Identifier: Apache-2.0
#include "api/openapi.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>

namespace lcn::api {
namespace {

using nlohmann::json;

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Collects Named schemas into components/schemas and replaces them with $ref.
class Components {
 public:
  json Hoist(json s) {
    if (s.is_array()) {
      for (auto& item : s) {
        item = Hoist(std::move(item));
      }
      return s;
    }
    if (!s.is_object()) {
      return s;
    }
    for (auto& item : s.items()) {
      item.value() = Hoist(std::move(item.value()));
    }
    const auto name = s.find(schema::kNameKey);
    if (name == s.end()) {
      return s;
    }
    const std::string key = name->get<std::string>();
    s.erase(schema::kNameKey);
    const auto [it, inserted] = named_.emplace(key, s);
    if (!inserted && it->second != s) {
      throw std::logic_error("the schema name " + key + " is given to two different schemas");
    }
    return {{"$ref", "#/components/schemas/" + key}};
  }

  json Schemas() const {
    json out = json::object();
    for (const auto& [name, s] : named_) {
      out[name] = s;
    }
    return out;
  }

 private:
  std::map<std::string, json> named_;
};

json ProblemRef(Components& components, const std::string& description) {
  return {{"description", description},
          {"content",
           {{"application/problem+json", {{"schema", components.Hoist(schema::Problem())}}}}}};
}

json ParameterJson(const Route& r, Components& components) {
  json params = json::array();
  for (const auto& name : PathParameterNames(r.path)) {
    params.push_back({{"name", name},
                      {"in", "path"},
                      {"required", true},
                      {"schema", PathParameterSchema(name)}});
  }
  for (const auto& q : r.query) {
    params.push_back({{"name", q.name},
                      {"in", "query"},
                      {"required", q.required},
                      {"description", q.description},
                      {"schema", components.Hoist(q.schema)}});
  }
  return params;
}

json RequestBodyJson(const Route& r, Components& components) {
  if (r.upload) {
    // The extract files, each a part named by its file name (docs/register-import.md).
    const json part = {{"type", "string"}, {"contentMediaType", "text/csv"}};
    return {{"required", true},
            {"description", r.body.empty() ? "The files, one part each" : r.body},
            {"content",
             {{"multipart/form-data",
               {{"schema", {{"type", "object"}, {"additionalProperties", part}}}}}}}};
  }
  json body = {{"required", true}};
  if (!r.body.empty()) {
    body["description"] = r.body;
  }
  const json s = r.request.is_null() ? schema::AnyObject() : components.Hoist(r.request);
  body["content"] = {{"application/json", {{"schema", s}}}};
  return body;
}

json SuccessJson(const Route& r, Components& components) {
  json success = {{"description", "Success"}};
  if (!r.response.is_null()) {
    success["content"] = {{r.response_type, {{"schema", components.Hoist(r.response)}}}};
  } else if (r.response_type != "application/json") {
    success["content"] = {{r.response_type, {{"schema", schema::String()}}}};
  }
  return success;
}

json OperationJson(const Route& r, Components& components) {
  json op = {{"operationId", r.operation_id.empty() ? DefaultOperationId(r) : r.operation_id},
             {"summary", r.summary},
             {"tags", json::array({r.tag})},
             {"x-permission", std::string(auth::PermissionName(r.permission))},
             {"x-person-data", r.person_data}};
  json params = ParameterJson(r, components);
  if (!params.empty()) {
    op["parameters"] = params;
  }
  if (r.upload || !r.request.is_null() || !r.body.empty()) {
    op["requestBody"] = RequestBodyJson(r, components);
  }
  json responses = {{std::to_string(r.success_status), SuccessJson(r, components)},
                    {"400", ProblemRef(components, "Invalid request")}};
  if (r.permission == auth::Permission::kPublic) {
    op["security"] = json::array();
  } else {
    responses["401"] = ProblemRef(components, "Not signed in or session ended");
    responses["403"] = ProblemRef(components, "Not allowed (role, relationship or CSRF)");
  }
  if (r.path.find('{') != std::string::npos) {
    responses["404"] = ProblemRef(components, "Not found");
  }
  if (r.method == Method::kPut || r.method == Method::kPatch) {
    responses["409"] = ProblemRef(components, "Changed by someone else since read (stale version)");
  }
  if (r.upload || !r.request.is_null() || !r.body.empty()) {
    responses["413"] = ProblemRef(components, "The body is larger than the server accepts");
  }
  op["responses"] = responses;
  return op;
}

// What each tag groups, for readers of the document; a tag not listed here is described by
// its name.
std::string TagDescription(const std::string& tag) {
  static const std::map<std::string, std::string> kTags = {
      {"about-me", "A person's own account of what matters to them, versioned and attributed"},
      {"assessments", "Holistic assessments and scored questionnaires, and their corrections"},
      {"audit", "The audit trail of access to people's records"},
      {"care", "Enrolment in care coordination and the care team around a person"},
      {"care coordination", "Worklists, reviews and the timeline of a person's care"},
      {"care-plans", "Personalised care and support plans, their versions and printable copy"},
      {"casefinding", "Finding the people who need joined-up care, and why each was found"},
      {"counts", "Counts without personal data"},
      {"directory", "Areas, organisations, teams and staff of the network"},
      {"health", "Liveness, readiness and this document"},
      {"mdt", "Multidisciplinary team meetings, their cases and outcomes"},
      {"people", "People registered with the network's practices"},
      {"register", "Imports of practice and hospital extracts into the register"},
      {"roles", "Staff roles and what each may do"},
      {"session", "Signing in and out"},
      {"tasks", "Tasks and referrals between organisations"},
      {"users", "Staff accounts"},
  };
  const auto it = kTags.find(tag);
  return it != kTags.end() ? it->second : "Operations on " + tag;
}

}  // namespace

std::vector<std::string> PathParameterNames(const std::string& path) {
  std::vector<std::string> names;
  std::size_t pos = 0;
  while ((pos = path.find('{', pos)) != std::string::npos) {
    const std::size_t end = path.find('}', pos);
    names.push_back(path.substr(pos + 1, end - pos - 1));
    pos = end;
  }
  return names;
}

schema::Schema PathParameterSchema(std::string_view name) {
  if (name == "version") {
    return {{"type", "integer"}, {"minimum", 0}};
  }
  return schema::Id();
}

std::string DefaultOperationId(const Route& r) {
  std::string id = Lower(MethodName(r.method));
  bool upper = true;
  for (const char c : r.path.substr(std::string_view("/api/v1").size())) {
    if (c == '/' || c == '-' || c == '{' || c == '}' || c == '.' || c == '_') {
      upper = true;
    } else if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
      id += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
      upper = false;
    }
  }
  return id;
}

json BuildOpenApi(const std::vector<Route>& routes, const std::string& version) {
  Components components;
  json paths = json::object();
  std::map<std::string, bool> tags;
  for (const auto& r : routes) {
    paths[r.path][Lower(MethodName(r.method))] = OperationJson(r, components);
    tags[r.tag] = true;
  }
  json doc;
  doc["openapi"] = "3.1.0";
  doc["info"] = {{"title", "LCN API"},
                 {"version", version},
                 {"license", {{"name", "Apache-2.0"}, {"identifier", "Apache-2.0"}}},
                 {"description",
                  "Local care networks: geography, organisations, staff, people, their care and "
                  "the audit trail. Errors are problem bodies; state-changing calls need the "
                  "X-CSRF-Token header."}};
  doc["servers"] = json::array({{{"url", "/"}, {"description", "The LCN server itself"}}});
  json tag_list = json::array();
  for (const auto& [tag, unused] : tags) {
    tag_list.push_back({{"name", tag}, {"description", TagDescription(tag)}});
  }
  doc["tags"] = tag_list;
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
  doc["components"]["schemas"] = components.Schemas();
  doc["security"] = json::array({{{"session", json::array()}}});
  return doc;
}

}  // namespace lcn::api
