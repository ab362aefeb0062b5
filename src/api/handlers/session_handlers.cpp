// SPDX-License-Identifier: Apache-2.0
#include "api/handlers/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"

namespace lcn::api::handlers {
namespace {

std::string SessionCookie(const Call& call, const std::string& value, std::int64_t max_age) {
  std::string cookie = std::string(kSessionCookie) + "=" + value +
                       "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age);
  if (call.services.config.http.behind_tls) {
    cookie += "; Secure";
  }
  return cookie;
}

}  // namespace

Response SignIn(const Request& req, const Call& call) {
  JsonBody body(req.body);
  const auto username = body.String("username", true);
  const auto password = body.String("password", true);
  body.ThrowIfInvalid();
  const auto result = call.services.sessions.SignIn(*username, *password);
  Response r = Json(
      200, {{"user", PrincipalJson(result.principal)}, {"csrfToken", result.principal.csrf_token}});
  r.headers.emplace(
      "Set-Cookie",
      SessionCookie(call, result.session_token,
                    std::int64_t{call.services.config.auth.session_absolute_hours} * 3600));
  r.headers.emplace("Cache-Control", "no-store");
  return r;
}

Response GetSession(const Request&, const Call& call) {
  Response r =
      Json(200, {{"user", PrincipalJson(call.Who())}, {"csrfToken", call.Who().csrf_token}});
  r.headers.emplace("Cache-Control", "no-store");
  return r;
}

Response SignOut(const Request&, const Call& call) {
  call.services.sessions.SignOut(call.Who());
  Response r;
  r.status = 204;
  r.headers.emplace("Set-Cookie", SessionCookie(call, "", 0));
  return r;
}

}  // namespace lcn::api::handlers
