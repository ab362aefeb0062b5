// SPDX-License-Identifier: Apache-2.0
#include "integration/contract_check.hpp"

#include <stdexcept>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace lcn::integration {
namespace {

using nlohmann::json;

const api::Route* FindRoute(const std::vector<api::Route>& routes, const api::Request& request) {
  for (const auto& route : routes) {
    std::map<std::string, std::string> params;
    if (route.method == request.method && api::MatchPath(route.path, request.path, params)) {
      return &route;
    }
  }
  return nullptr;
}

std::string Where(const api::Request& request) {
  return std::string(api::MethodName(request.method)) + " " + request.path;
}

void Check(const json& schema, const std::string& text, const std::string& what,
           std::vector<std::string>& out) {
  json document;
  try {
    document = json::parse(text);
  } catch (const json::parse_error&) {
    out.push_back(what + ": the body is not JSON");
    return;
  }
  for (const auto& problem : SchemaViolations(schema, document)) {
    out.push_back(what + ": " + problem);
  }
}

}  // namespace

std::vector<std::string> SchemaViolations(const json& schema, const json& document) {
  valijson::Schema parsed;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema);
  try {
    parser.populateSchema(schema_adapter, parsed);
  } catch (const std::exception& e) {
    throw std::invalid_argument(std::string("not a valid schema: ") + e.what());
  }
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(document);
  std::vector<std::string> out;
  if (validator.validate(parsed, target, &results)) {
    return out;
  }
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string path;
    for (const auto& part : error.context) {
      path += part;
    }
    out.push_back(path + ": " + error.description);
  }
  return out;
}

std::vector<std::string> ContractViolations(const std::vector<api::Route>& routes,
                                            const api::Request& request,
                                            const api::Response& response) {
  std::vector<std::string> out;
  const api::Route* route = FindRoute(routes, request);
  if (route == nullptr) {
    return out;
  }
  const std::string where = Where(request);
  if (response.status >= 400) {
    if (response.content_type != "application/problem+json") {
      out.push_back(where + ": error " + std::to_string(response.status) +
                    " is not a problem body");
    } else {
      Check(api::schema::Problem(), response.body, where + " problem body", out);
    }
    return out;
  }
  if (response.status != route->success_status) {
    out.push_back(where + ": answered " + std::to_string(response.status) + ", declared " +
                  std::to_string(route->success_status));
  }
  if (!route->request.is_null() && !request.body.empty()) {
    Check(route->request, request.body, where + " accepted request", out);
  }
  if (!route->response.is_null()) {
    if (response.content_type.rfind(route->response_type, 0) != 0) {
      out.push_back(where + ": content type " + response.content_type + ", declared " +
                    route->response_type);
    } else {
      Check(route->response, response.body, where + " response", out);
    }
  }
  return out;
}

}  // namespace lcn::integration
