// SPDX-License-Identifier: Apache-2.0
#include "api/router.hpp"

#include "api/problem.hpp"
#include "auth/person_access.hpp"
#include "core/log.hpp"
#include "crypto/crypto.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::api {
namespace {

std::vector<std::string> Split(const std::string& path) {
  std::vector<std::string> out;
  std::size_t pos = 1;
  while (pos <= path.size()) {
    std::size_t end = path.find('/', pos);
    if (end == std::string::npos) {
      end = path.size();
    }
    out.push_back(path.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

bool IsStateChanging(Method m) {
  return m != Method::kGet;
}

}  // namespace

bool MatchPath(const std::string& templ, const std::string& path,
               std::map<std::string, std::string>& params) {
  const auto t = Split(templ);
  const auto p = Split(path);
  if (t.size() != p.size()) {
    return false;
  }
  std::map<std::string, std::string> found;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i].size() > 2 && t[i].front() == '{' && t[i].back() == '}') {
      if (p[i].empty()) {
        return false;
      }
      found[t[i].substr(1, t[i].size() - 2)] = p[i];
    } else if (t[i] != p[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

void Router::AuditRefusal(const Route& route, const Request& request, const auth::Principal& who,
                          const std::string& why) const {
  const Micros now = services_.clock.Now();
  store::RunInTransaction(services_.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    auth::PersonAuditEntry entry;
    entry.action = "refuse";
    const auto id = request.path_params.find("id");
    if (id != request.path_params.end() && route.path.rfind("/api/v1/people/", 0) == 0) {
      entry.person_id = std::strtoll(id->second.c_str(), nullptr, 10);
    }
    entry.outcome = "denied";
    entry.detail = std::string(MethodName(request.method)) + " " + route.path + ": " + why;
    auth::AuditPersonAccess(tx, who, now, entry);
  });
}

Router::Router(std::vector<Route> routes, ServiceContext& services)
    : services_(services), routes_(std::move(routes)) {}

Response Router::Dispatch(Request request) const {
  const Route* route = nullptr;
  std::optional<auth::Principal> principal;
  try {
    bool path_known = false;
    for (const auto& r : routes_) {
      std::map<std::string, std::string> params;
      if (MatchPath(r.path, request.path, params)) {
        path_known = true;
        if (r.method == request.method) {
          route = &r;
          request.path_params = std::move(params);
          break;
        }
      }
    }
    if (route == nullptr) {
      return path_known ? Problem(405, "method-not-allowed", "Method not allowed",
                                  std::string(MethodName(request.method)) +
                                      " is not supported on " + request.path)
                        : Problem(404, "not-found", "Not found", "no such API path");
    }
    std::int64_t size = static_cast<std::int64_t>(request.body.size());
    for (const auto& [name, content] : request.form_files) {
      size += static_cast<std::int64_t>(content.size());
    }
    const std::int64_t limit = route->upload ? services_.config.http.max_upload_bytes
                                             : services_.config.http.max_body_bytes;
    if (size > limit) {
      return ProblemFor(Error(
          ErrorCode::kPayloadTooLarge,
          "the request body is larger than the limit of " + std::to_string(limit) + " bytes"));
    }
    Call call{services_, nullptr};
    if (route->permission != auth::Permission::kPublic) {
      const auto token = request.Cookie(kSessionCookie);
      if (token) {
        principal = services_.sessions.Authenticate(*token);
      }
      if (!principal) {
        return Problem(
            401, "unauthenticated", "Sign-in required",
            token ? "your session has ended; please sign in again" : "please sign in first");
      }
      call.principal = &*principal;
      if (IsStateChanging(request.method)) {
        const auto csrf = request.Header("x-csrf-token");
        if (!csrf || !crypto::ConstantTimeEquals(*csrf, principal->csrf_token)) {
          return Problem(403, "csrf", "Missing or wrong CSRF token",
                         "state-changing requests must send the X-CSRF-Token header given at "
                         "sign-in");
        }
      }
      if (!auth::RoleHas(principal->role, route->permission)) {
        if (route->person_data) {
          AuditRefusal(*route, request, *principal,
                       "role lacks " + std::string(auth::PermissionName(route->permission)));
        }
        return Problem(403, "forbidden", "Not allowed",
                       "your role (" + std::string(domain::RoleLabel(principal->role)) +
                           ") does not have the permission " +
                           std::string(auth::PermissionName(route->permission)));
      }
    }
    return route->handler(request, call);
  } catch (const Error& e) {
    if (e.Code() == ErrorCode::kForbidden && !e.Audited() && route != nullptr && principal &&
        route->person_data) {
      // A handler refused after touching person data; its transaction rolled back, so the
      // refusal is recorded here in a transaction of its own.
      AuditRefusal(*route, request, *principal, e.what());
    }
    if (e.Code() == ErrorCode::kUnavailable) {
      // Expected while case finding loads or the database restarts: worth a line, not an alarm.
      log::Warning(std::string("request not served yet: ") + MethodName(request.method).data() +
                   " " + request.path + ": " + e.what());
    } else if (HttpStatusFor(e.Code()) >= 500) {
      log::Error(std::string("request failed: ") + MethodName(request.method).data() + " " +
                 request.path + ": " + e.what());
    }
    return ProblemFor(e);
  } catch (const std::exception& e) {
    log::Error("unexpected failure: " + request.path + ": " + e.what());
    return ProblemFor(Error(ErrorCode::kInternal, e.what()));
  }
}

}  // namespace lcn::api
