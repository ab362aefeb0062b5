// SPDX-License-Identifier: Apache-2.0
//
// The directory's REST handlers: geography (networks, areas), organisations, teams and their
// members, the staff directory, and staff accounts. Read by every signed-in role, changed by
// administrators. Each is a plain function that tests can call in-process.
#pragma once

#include "api/router.hpp"

namespace lcn::api::handlers {

// directory_handlers.cpp: networks, areas, organisations
Response ListNetworks(const Request& req, const Call& call);
Response GetNetwork(const Request& req, const Call& call);
Response ListAreas(const Request& req, const Call& call);
Response GetArea(const Request& req, const Call& call);
Response CreateArea(const Request& req, const Call& call);
Response UpdateArea(const Request& req, const Call& call);
Response ListOrganisations(const Request& req, const Call& call);
Response GetOrganisation(const Request& req, const Call& call);
Response CreateOrganisation(const Request& req, const Call& call);
Response UpdateOrganisation(const Request& req, const Call& call);

// team_handlers.cpp
Response ListTeams(const Request& req, const Call& call);
Response GetTeam(const Request& req, const Call& call);
Response CreateTeam(const Request& req, const Call& call);
Response UpdateTeam(const Request& req, const Call& call);
Response AddTeamMember(const Request& req, const Call& call);
Response RemoveTeamMember(const Request& req, const Call& call);

// staff_handlers.cpp
Response ListStaff(const Request& req, const Call& call);

// user_handlers.cpp
Response ListUsers(const Request& req, const Call& call);
Response CreateUser(const Request& req, const Call& call);
Response UpdateUser(const Request& req, const Call& call);

}  // namespace lcn::api::handlers
