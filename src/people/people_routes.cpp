// SPDX-License-Identifier: Apache-2.0
#include "people/people_routes.hpp"

#include "people/people_handlers.hpp"

namespace lcn::api {

std::vector<Route> PeopleRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  return {
      {.method = M::kGet,
       .path = "/api/v1/people",
       .permission = Permission::kPersonSearch,
       .person_data = true,
       .handler = h::SearchPeople,
       .summary =
           "Find people by NHS number, or by family name and birth date; only people within your "
           "care relationship are shown",
       .tag = "people",
       .query = {{"nhsNumber", "10-digit NHS number"},
                 {"familyName", "with birthDate"},
                 {"birthDate", "YYYY-MM-DD"},
                 {"givenName", "optional, narrows a name search"}}},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::GetPerson,
       .summary = "A person's record (needs a legitimate relationship)",
       .tag = "people"},
      {.method = M::kPost,
       .path = "/api/v1/people",
       .permission = Permission::kPersonWrite,
       .person_data = true,
       .handler = h::CreatePerson,
       .summary = "Register a person",
       .tag = "people",
       .body = "{givenName, familyName, birthDate, sex, nhsNumber?, postcode?, practiceId?}",
       .success_status = 201},
      {.method = M::kPut,
       .path = "/api/v1/people/{id}",
       .permission = Permission::kPersonWrite,
       .person_data = true,
       .handler = h::UpdatePerson,
       .summary = "Change a person's demographics (optimistic: send the version you read)",
       .tag = "people",
       .body = "all person fields and version"},
      {.method = M::kPost,
       .path = "/api/v1/people/{id}/break-glass",
       .permission = Permission::kBreakGlass,
       .person_data = true,
       .handler = h::BreakGlass,
       .summary = "Emergency access to one person, with a reason; time-limited and reviewed",
       .tag = "people",
       .body = "{reason}",
       .success_status = 201},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/accesses",
       .permission = Permission::kAuditRead,
       .person_data = true,
       .handler = h::PersonAccesses,
       .summary = "Every access to one person's record (privacy officer)",
       .tag = "audit"},
      {.method = M::kGet,
       .path = "/api/v1/break-glass",
       .permission = Permission::kAuditRead,
       .person_data = true,
       .handler = h::ListBreakGlass,
       .summary = "Break-glass accesses for review",
       .tag = "audit",
       .query = {{"unreviewed", "true for open ones only"}}},
      {.method = M::kPost,
       .path = "/api/v1/break-glass/{id}/review",
       .permission = Permission::kAuditRead,
       .person_data = true,
       .handler = h::ReviewBreakGlass,
       .summary = "Record the review of a break-glass access",
       .tag = "audit",
       .body = "{note}"},
      {.method = M::kGet,
       .path = "/api/v1/counts/people-by-practice",
       .permission = Permission::kCountsRead,
       .handler = h::CountPeopleByPractice,
       .summary = "Registered people per practice (counts only)",
       .tag = "counts"},
  };
}

}  // namespace lcn::api
