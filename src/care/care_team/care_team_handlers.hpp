// SPDX-License-Identifier: Apache-2.0
//
// The handlers of a person's care team (docs/care-coordination.md).
// Plain functions; no state.
#pragma once

#include "api/router.hpp"

namespace lcn::api::handlers {

// care_team_handlers.cpp
Response GetCareTeam(const Request& req, const Call& call);
Response AddCareTeamMember(const Request& req, const Call& call);
Response UpdateCareTeamMember(const Request& req, const Call& call);
Response EndCareTeamMember(const Request& req, const Call& call);

}  // namespace lcn::api::handlers
