// SPDX-License-Identifier: Apache-2.0
//
// The API's handlers, one group per file (session, directory, people, break-glass and audit,
// users, counts, health). Each is a plain function that tests can call in-process.
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

// directory_handlers.cpp
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

// person_handlers.cpp
Response SearchPeople(const Request& req, const Call& call);
Response GetPerson(const Request& req, const Call& call);
Response CreatePerson(const Request& req, const Call& call);
Response UpdatePerson(const Request& req, const Call& call);

// break_glass_handlers.cpp
Response BreakGlass(const Request& req, const Call& call);
Response ListBreakGlass(const Request& req, const Call& call);
Response ReviewBreakGlass(const Request& req, const Call& call);
Response PersonAccesses(const Request& req, const Call& call);

// user_handlers.cpp
Response ListUsers(const Request& req, const Call& call);

// staff_handlers.cpp
Response ListStaff(const Request& req, const Call& call);
Response CreateUser(const Request& req, const Call& call);
Response UpdateUser(const Request& req, const Call& call);
Response CountPeopleByPractice(const Request& req, const Call& call);

// casefinding_handlers.cpp
Response GetWorklist(const Request& req, const Call& call);
Response ExportWorklist(const Request& req, const Call& call);
Response ListWorklistPractices(const Request& req, const Call& call);
Response GetCounts(const Request& req, const Call& call);
Response GetCaseFindingDefinitions(const Request& req, const Call& call);
Response GetPersonFindings(const Request& req, const Call& call);

// register_handlers.cpp
Response UploadExtract(const Request& req, const Call& call);
Response ListImports(const Request& req, const Call& call);
Response RecordPersonEvent(const Request& req, const Call& call);

}  // namespace lcn::api::handlers
