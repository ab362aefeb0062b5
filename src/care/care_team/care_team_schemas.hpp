// SPDX-License-Identifier: Apache-2.0
//
// The wire contract of a person's care team: the JSON Schemas of its request and response
// bodies, beside the JSON mapping in care_team_handlers.cpp (the API tests check every exchange
// against them).
#pragma once

#include "api/schema.hpp"

namespace lcn::api {

// POST /people/{id}/care-team.
schema::Schema NewCareTeamMemberSchema();

// PUT /people/{id}/care-team/{memberId}.
schema::Schema CareTeamMemberUpdateSchema();

// POST /people/{id}/care-team/{memberId}/end.
schema::Schema CareTeamMemberEndSchema();

// One membership.
schema::Schema CareTeamMemberSchema();

// A person's care team.
schema::Schema CareTeamSchema();

}  // namespace lcn::api
