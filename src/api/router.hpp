// SPDX-License-Identifier: Apache-2.0
//
// The route table and the dispatcher. Each route declares method, path template ("{id}"
// segments), the permission it needs, its handler and its documentation; the dispatcher and the
// OpenAPI document are both built from the same table. Dispatch applies, in order: route match
// (404/405), body limit (413), session (401), CSRF on state-changing calls (403), role
// permission (403, audited when the route is marked person_data), then the handler; lcn::Error from
// the handler becomes a problem body here (the per-request exception boundary). Thread-safe after
// construction.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "api/request.hpp"
#include "api/schema.hpp"
#include "api/service_context.hpp"
#include "auth/permission.hpp"

namespace lcn::api {

using Handler = std::function<Response(const Request&, const Call&)>;

struct ParamDoc {
  std::string name;
  std::string description;
  bool required = false;
  schema::Schema schema = schema::String();
};

// One route. Tables use designated initializers, so each field is named where it is set:
//   {.method = Method::kGet, .path = "/api/v1/people/{id}/care-plan",
//    .permission = Permission::kPersonRead, .person_data = true, .handler = GetCarePlan, ...}
struct Route {
  Method method = Method::kGet;
  std::string path{};  // e.g. "/api/v1/people/{id}"
  auth::Permission permission = auth::Permission::kSignedIn;
  // True when the route reads or changes people's records: a refusal (the role lacks the
  // permission, or the use case refuses with kForbidden) is then written to the audit trail.
  bool person_data = false;
  // Every member has a default member initializer, so a designated initializer names only what
  // it sets (GCC's -Wmissing-field-initializers is quiet for such members).
  Handler handler{};
  // The OpenAPI operationId: a lowerCamelCase verb phrase, unique in the table ("saveCarePlan").
  std::string operation_id{};
  std::string summary{};
  std::string tag{};
  std::vector<ParamDoc> query{};
  std::string body{};  // description of the JSON body, empty when none
  // The JSON body's schema (api/schema.hpp); null when the route takes no JSON body.
  schema::Schema request{};
  // The success body's schema; null when it has none (204) or is not JSON.
  schema::Schema response{};
  // The success body's media type.
  std::string response_type = "application/json";
  int success_status = 200;
  bool upload = false;  // takes multipart files up to http.maxUploadBytes
};

constexpr const char* kSessionCookie = "lcn_session";

class Router {
 public:
  Router(std::vector<Route> routes, ServiceContext& services);

  // Handles one request. Never throws.
  Response Dispatch(Request request) const;

  const std::vector<Route>& Routes() const { return routes_; }

 private:
  // Writes a "refuse" audit row for a person-data route in its own transaction.
  void AuditRefusal(const Route& route, const Request& request, const auth::Principal& who,
                    const std::string& why) const;

  ServiceContext& services_;
  std::vector<Route> routes_;
};

// True when `path` matches `templ`; fills `params` with the {name} segments.
bool MatchPath(const std::string& templ, const std::string& path,
               std::map<std::string, std::string>& params);

}  // namespace lcn::api
