// SPDX-License-Identifier: Apache-2.0
//
// A person's care team (docs/care-coordination.md): members from any organisation (a named
// member of staff, a team or an organisation), each with a role and at most one active lead.
// Active membership is a legitimate relationship with the person (store::RelationshipRepository).
// Memberships are kept by store::CareTeamRepository; their use cases are care::CareTeams.
#pragma once

#include "core/ids.hpp"

namespace lcn {

// One membership of a person's care team (a row of care_team_members), from joining to leaving.
using CareTeamMemberId = StrongId<struct CareTeamMemberTag>;

}  // namespace lcn
