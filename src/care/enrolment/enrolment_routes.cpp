// SPDX-License-Identifier: Apache-2.0
#include "care/enrolment/enrolment_routes.hpp"

#include "care/enrolment/enrolment_handlers.hpp"

namespace lcn::api {

std::vector<Route> EnrolmentRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  return {
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/enrolment",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::GetEnrolment,
       .summary =
           "A person's enrolment in care coordination, its history and the changes allowed next",
       .tag = "care"},
      {.method = M::kPut,
       .path = "/api/v1/people/{id}/enrolment",
       .permission = Permission::kEnrol,
       .person_data = true,
       .handler = h::ChangeEnrolment,
       .summary =
           "Change a person's enrolment: identified > invited > enrolled (with the person's "
           "agreement) or declined (with a reason); closed (moved, died, no_longer_needed, other). "
           "409 with the allowed changes when illegal; send the version you read",
       .tag = "care",
       .body = "{state, reason?, agreement?, leadUserId?, version?}"},
  };
}

}  // namespace lcn::api
