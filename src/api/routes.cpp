// SPDX-License-Identifier: Apache-2.0
#include "api/routes.hpp"

#include <memory>

#include "api/handlers/handlers.hpp"
#include "api/openapi.hpp"
#include "api/platform_schemas.hpp"
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
       .operation_id = "getLiveness",
       .summary = "Liveness: the process answers",
       .tag = "health",
       .response = HealthSchema()},
      {.method = M::kGet,
       .path = "/readyz",
       .permission = Permission::kPublic,
       .handler = h::Readyz,
       .operation_id = "getReadiness",
       .summary = "Readiness: the database answers (503 when it does not)",
       .tag = "health",
       .response = HealthSchema()},
      {.method = M::kPost,
       .path = "/api/v1/session",
       .permission = Permission::kPublic,
       .handler = h::SignIn,
       .operation_id = "signIn",
       .summary = "Sign in; sets the session cookie and returns the CSRF token",
       .tag = "session",
       .request = SignInSchema(),
       .response = SessionSchema()},
      {.method = M::kGet,
       .path = "/api/v1/session",
       .permission = Permission::kSignedIn,
       .handler = h::GetSession,
       .operation_id = "getSession",
       .summary = "The signed-in user and the CSRF token",
       .tag = "session",
       .response = SessionSchema()},
      {.method = M::kDelete,
       .path = "/api/v1/session",
       .permission = Permission::kSignedIn,
       .handler = h::SignOut,
       .operation_id = "signOut",
       .summary = "Sign out",
       .tag = "session",
       .success_status = 204},
      {.method = M::kGet,
       .path = "/api/v1/roles",
       .permission = Permission::kSignedIn,
       .handler = h::ListRoles,
       .operation_id = "listRoles",
       .summary = "Every staff role: its code, its label and the permissions it holds",
       .tag = "roles",
       .response = RoleListSchema()},
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
                    .operation_id = "getOpenApiDocument",
                    .summary = "This OpenAPI document",
                    .tag = "health",
                    .response = schema::AnyObject()});
  *document = BuildOpenApi(routes, version).dump(2);
}

}  // namespace lcn::api
