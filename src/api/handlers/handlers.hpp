// SPDX-License-Identifier: Apache-2.0
//
// The platform's own handlers, one group per file (session, health, roles). The capabilities'
// handlers live in their folders. Each is a plain function that tests can call in-process.
#pragma once

#include "api/router.hpp"

namespace lcn::api::handlers {

// session_handlers.cpp
Response SignIn(const Request& req, const Call& call);
Response GetSession(const Request& req, const Call& call);
Response SignOut(const Request& req, const Call& call);

// health_handlers.cpp
Response Healthz(const Request& req, const Call& call);
Response Readyz(const Request& req, const Call& call);

// role_handlers.cpp
Response ListRoles(const Request& req, const Call& call);

}  // namespace lcn::api::handlers
