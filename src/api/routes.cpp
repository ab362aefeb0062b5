// SPDX-License-Identifier: Apache-2.0
#include "api/routes.hpp"

#include <memory>

#include "api/handlers/handlers.hpp"
#include "api/openapi.hpp"
#include "api/problem.hpp"

namespace lcn::api {

std::vector<Route> PlatformRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  std::vector<Route> routes = {
      {.method = M::kGet,
       .path = "/healthz",
       .permission = Permission::kPublic,
       .handler = h::Healthz,
       .summary = "Liveness: the process answers",
       .tag = "health"},
      {.method = M::kGet,
       .path = "/readyz",
       .permission = Permission::kPublic,
       .handler = h::Readyz,
       .summary = "Readiness: the database answers",
       .tag = "health"},
      {.method = M::kPost,
       .path = "/api/v1/session",
       .permission = Permission::kPublic,
       .handler = h::SignIn,
       .summary = "Sign in; sets the session cookie and returns the CSRF token",
       .tag = "session",
       .body = "{username, password}"},
      {.method = M::kGet,
       .path = "/api/v1/session",
       .permission = Permission::kSignedIn,
       .handler = h::GetSession,
       .summary = "The signed-in user and the CSRF token",
       .tag = "session"},
      {.method = M::kDelete,
       .path = "/api/v1/session",
       .permission = Permission::kSignedIn,
       .handler = h::SignOut,
       .summary = "Sign out",
       .tag = "session",
       .success_status = 204},
  };
  return routes;
}

void AddOpenApiRoute(std::vector<Route>& routes, const std::string& version) {
  // The document describes the table it is part of, so it is built once, after the table.
  auto document = std::make_shared<std::string>();
  routes.push_back({.method = Method::kGet,
                    .path = "/api/v1/openapi.json",
                    .permission = auth::Permission::kPublic,
                    .handler =
                        [document](const Request&, const Call&) {
                          Response r;
                          r.body = *document;
                          return r;
                        },
                    .summary = "This OpenAPI document",
                    .tag = "health"});
  *document = BuildOpenApi(routes, version).dump(2);
}

}  // namespace lcn::api
