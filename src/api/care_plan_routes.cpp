// SPDX-License-Identifier: Apache-2.0
#include "api/care_plan_routes.hpp"

// As in routes.cpp, the table leaves trailing documentation fields at their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "api/handlers/care_plan_handlers.hpp"

namespace lcn::api {

std::vector<Route> CarePlanRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  return {
      {M::kGet, "/api/v1/people/{id}/care-plan", Permission::kPersonRead, h::GetCarePlan,
       "A person's personalised care and support plan, current version (version 0 and an empty "
       "plan when there is none yet; audited)",
       "care-plans"},
      {M::kPut,
       "/api/v1/people/{id}/care-plan",
       Permission::kCarePlanWrite,
       h::SaveCarePlan,
       "Save a new version of a person's plan: needs, goals in their words, actions with "
       "owners, a crisis plan, the agreement and the review date. Send the version you read (0 "
       "for the first): a stale one is 409 with currentVersion and nothing is written; 400 names "
       "each field's path (audited)",
       "care-plans",
       {},
       "{content: {needs, goals, actions, contingency, agreement, reviewDate}, changeNote?, "
       "version}"},
      {M::kGet, "/api/v1/people/{id}/care-plan/versions", Permission::kPersonRead,
       h::ListCarePlanVersions,
       "Every version of a person's plan, newest first: who saved it, when, its status and "
       "note (audited)",
       "care-plans"},
      {M::kGet, "/api/v1/people/{id}/care-plan/versions/{version}", Permission::kPersonRead,
       h::GetCarePlanVersion, "One version of a person's plan (audited)", "care-plans"},
      {M::kGet,
       "/api/v1/people/{id}/care-plan/diff",
       Permission::kPersonRead,
       h::DiffCarePlan,
       "What changed between two versions: items added, removed and changed with old and new "
       "values, and the same in plain English (audited)",
       "care-plans",
       {{"from", "the older version (default: the one before `to`; 0 is the empty plan)"},
        {"to", "the newer version (default: the current one)"}}},
      {M::kGet,
       "/api/v1/people/{id}/care-plan/print",
       Permission::kPersonRead,
       h::PrintCarePlan,
       "The printable copy of the plan for the person: a self-contained HTML page (text/html; "
       "audited)",
       "care-plans",
       {{"version", "print this version (default: the current one)"}}},
  };
}

}  // namespace lcn::api
