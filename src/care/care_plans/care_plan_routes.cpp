// SPDX-License-Identifier: Apache-2.0
#include "care/care_plans/care_plan_routes.hpp"

#include "care/care_plans/care_plan_handlers.hpp"
#include "care/care_plans/care_plan_schemas.hpp"

namespace lcn::api {

namespace {

schema::Schema VersionNumber() {
  return {{"type", "integer"}, {"minimum", 0}};
}

}  // namespace

std::vector<Route> CarePlanRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  return {
      {.method = M::kGet,
       .path = "/api/v1/care-plans/vocabulary",
       .permission = Permission::kSignedIn,
       .handler = h::GetCarePlanVocabulary,
       .operation_id = "getCarePlanVocabulary",
       .summary =
           "The fixed vocabularies of care plans with their labels (need domains, action "
           "statuses, plan statuses, who agreed it and how, who owns an action) and the plan's "
           "limits",
       .tag = "care-plans",
       .response = CarePlanVocabularySchema()},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/care-plan",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::GetCarePlan,
       .operation_id = "getCarePlan",
       .summary =
           "A person's personalised care and support plan, current version (version 0 and an empty "
           "plan when there is none yet; audited)",
       .tag = "care-plans",
       .response = CarePlanVersionSchema()},
      {.method = M::kPut,
       .path = "/api/v1/people/{id}/care-plan",
       .permission = Permission::kCarePlanWrite,
       .person_data = true,
       .handler = h::SaveCarePlan,
       .operation_id = "saveCarePlan",
       .summary =
           "Save a new version of a person's plan: needs, goals in their words, actions with "
           "owners, a crisis plan, the agreement and the review date. Send the version you read (0 "
           "for the first): a stale one is 409 with currentVersion and nothing is written; 400 "
           "names "
           "each field's path (audited)",
       .tag = "care-plans",
       .request = CarePlanSaveSchema(),
       .response = CarePlanVersionSchema()},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/care-plan/versions",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::ListCarePlanVersions,
       .operation_id = "listCarePlanVersions",
       .summary =
           "Every version of a person's plan, newest first: who saved it, when, its status and "
           "note (audited)",
       .tag = "care-plans",
       .response = CarePlanVersionListSchema()},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/care-plan/versions/{version}",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::GetCarePlanVersion,
       .operation_id = "getCarePlanVersion",
       .summary = "One version of a person's plan (audited)",
       .tag = "care-plans",
       .response = CarePlanVersionSchema()},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/care-plan/diff",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::DiffCarePlan,
       .operation_id = "diffCarePlan",
       .summary =
           "What changed between two versions: items added, removed and changed with old and new "
           "values, and the same in plain English (audited)",
       .tag = "care-plans",
       .query = {{"from", "the older version (default: the one before `to`; 0 is the empty plan)",
                  false, VersionNumber()},
                 {"to", "the newer version (default: the current one)", false, VersionNumber()}},
       .response = CarePlanDiffSchema()},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/care-plan/print",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::PrintCarePlan,
       .operation_id = "printCarePlan",
       .summary =
           "The printable copy of the plan for the person: a self-contained HTML page (text/html; "
           "audited)",
       .tag = "care-plans",
       .query = {{"version", "print this version (default: the current one)", false,
                  VersionNumber()}},
       .response_type = "text/html"},
  };
}

}  // namespace lcn::api
