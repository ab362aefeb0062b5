// SPDX-License-Identifier: Apache-2.0
#include "care/enrolment/enrolment_routes.hpp"

#include "care/enrolment/enrolment_handlers.hpp"
#include "care/enrolment/enrolment_schemas.hpp"

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
       .operation_id = "getEnrolment",
       .summary =
           "A person's enrolment in care coordination, its history and the changes allowed next",
       .tag = "care",
       .response = EnrolmentSchema()},
      {.method = M::kPut,
       .path = "/api/v1/people/{id}/enrolment",
       .permission = Permission::kEnrol,
       .person_data = true,
       .handler = h::ChangeEnrolment,
       .operation_id = "changeEnrolment",
       .summary =
           "Change a person's enrolment: identified > invited > enrolled (with the person's "
           "agreement) or declined (with a reason); closed (moved, died, no_longer_needed, other). "
           "409 with the allowed changes when illegal; send the version you read",
       .tag = "care",
       .request = EnrolmentChangeSchema(),
       .response = EnrolmentSchema()},
  };
}

}  // namespace lcn::api
