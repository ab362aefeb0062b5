// SPDX-License-Identifier: Apache-2.0
#include "care/care_team/care_team_routes.hpp"

#include "care/care_team/care_team_handlers.hpp"
#include "care/care_team/care_team_schemas.hpp"

namespace lcn::api {

std::vector<Route> CareTeamRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  return {
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/care-team",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::GetCareTeam,
       .operation_id = "getCareTeam",
       .summary = "A person's care team: members from any organisation, with role and lead",
       .tag = "care",
       .query = {{"includeEnded", "true to include past members", false, schema::Boolean()}},
       .response = CareTeamSchema()},
      {.method = M::kPost,
       .path = "/api/v1/people/{id}/care-team",
       .permission = Permission::kCareTeamWrite,
       .person_data = true,
       .handler = h::AddCareTeamMember,
       .operation_id = "addCareTeamMember",
       .summary =
           "Add a member of staff, a team or an organisation to a person's care team (this gives "
           "them a legitimate relationship)",
       .tag = "care",
       .request = NewCareTeamMemberSchema(),
       .response = CareTeamMemberSchema(),
       .success_status = 201},
      {.method = M::kPut,
       .path = "/api/v1/people/{id}/care-team/{memberId}",
       .permission = Permission::kCareTeamWrite,
       .person_data = true,
       .handler = h::UpdateCareTeamMember,
       .operation_id = "updateCareTeamMember",
       .summary = "Change a member's role or lead flag (optimistic: send the version you read)",
       .tag = "care",
       .request = CareTeamMemberUpdateSchema(),
       .response = CareTeamMemberSchema()},
      {.method = M::kPost,
       .path = "/api/v1/people/{id}/care-team/{memberId}/end",
       .permission = Permission::kCareTeamWrite,
       .person_data = true,
       .handler = h::EndCareTeamMember,
       .operation_id = "endCareTeamMember",
       .summary = "End a membership (the relationship ends with it)",
       .tag = "care",
       .request = CareTeamMemberEndSchema(),
       .response = CareTeamMemberSchema()},
  };
}

}  // namespace lcn::api
