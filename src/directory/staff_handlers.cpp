// SPDX-License-Identifier: Apache-2.0
//
// The staff directory: members of staff who care for people, found by name or organisation,
// for choosing a care team member, a task's assignee, an MDT attendee or a lead professional.
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "api/query_params.hpp"
#include "auth/permission.hpp"
#include "directory/directory_handlers.hpp"
#include "directory/staff_directory.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::api::handlers {

Response ListStaff(const Request& req, const Call& call) {
  IssueCollector issues;
  store::StaffQuery query;
  query.text = req.Query("q");
  if (query.text && query.text->size() > 100) {
    issues.Add("q", "must be at most 100 characters");
  }
  if (const auto org = req.Query("organisationId")) {
    query.organisation = OrganisationId(PathId(*org));
  }
  query.limit = IntQuery(req, "limit", 1, 100, issues).value_or(20);
  issues.ThrowIfAny("the staff search is not valid");
  // Those who care for people: every role that may read a person's record.
  for (const auto role : domain::AllRoles()) {
    if (auth::RoleHas(role, auth::Permission::kPersonRead)) {
      query.roles.push_back(role);
    }
  }
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadOnly, [&](auto& tx) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& m : store::FindStaff(tx, query)) {
      items.push_back({{"id", m.id.Value()},
                       {"displayName", m.display_name},
                       {"role", domain::RoleName(m.role)},
                       {"roleLabel", domain::RoleLabel(m.role)},
                       {"organisationId", m.organisation.Value()},
                       {"organisationName", m.organisation_name}});
    }
    return Json(200, {{"items", items}});
  });
}

}  // namespace lcn::api::handlers
