// SPDX-License-Identifier: Apache-2.0
//
// What handlers may use: the database, the clock, the configuration and the session service.
// Owned by the composition root (app/server_context); handlers hold no state of their own.
#pragma once

#include "auth/principal.hpp"
#include "auth/session_service.hpp"
#include "config/config.hpp"
#include "core/clock.hpp"
#include "findings/findings_service.hpp"
#include "sql/database.hpp"

namespace lcn::api {

struct ServiceContext {
  sql::Database& db;
  const Clock& clock;
  const config::Config& config;
  auth::SessionService& sessions;
  findings::FindingsService& findings;
};

// One call: the services and, for routes that need a session, who is asking.
struct Call {
  ServiceContext& services;
  const auth::Principal* principal = nullptr;  // non-null unless the route is public

  const auth::Principal& Who() const { return *principal; }
};

}  // namespace lcn::api
