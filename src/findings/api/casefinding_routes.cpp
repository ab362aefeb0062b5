// SPDX-License-Identifier: Apache-2.0
#include "findings/api/casefinding_routes.hpp"

#include "findings/api/casefinding_handlers.hpp"

namespace lcn::api {

namespace {

// The worklist's filters, shared by the list and its export.
std::vector<ParamDoc> WorklistParams() {
  return {{"practiceId", "one practice"},
          {"areaId", "the practices of an area (network, neighbourhood, place, system)"},
          {"cohort", "a cohort id, e.g. ltc3 (default: any cohort)"},
          {"minAge", "aged at least"},
          {"maxAge", "aged at most"},
          {"condition", "has this condition (id in the counted set, e.g. HEF)"},
          {"frailty", "this eFI category or worse: fit, mild, moderate, severe"},
          {"minAdmissions", "emergency admissions in the last 12 months, at least"},
          {"sort", "conditions (default), frailty, admissions or age"},
          {"order", "desc (default) or asc"},
          {"offset", "skip this many"},
          {"limit", "at most this many, 1-500 (default 50)"}};
}

}  // namespace

std::vector<Route> CaseFindingRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  return {
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/findings",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::GetPersonFindings,
       .summary =
           "Why a person is found: conditions, frailty deficits, admissions and cohorts with the "
           "record behind each (needs a legitimate relationship; audited)",
       .tag = "casefinding",
       .query = {{"asOf", "evaluate as of this date, YYYY-MM-DD (default: today)"}}},
      {.method = M::kPost,
       .path = "/api/v1/people/{id}/events",
       .permission = Permission::kPersonWrite,
       .person_data = true,
       .handler = h::RecordPersonEvent,
       .summary = "Record a coded event (SNOMED CT) for a person in your care; their findings "
                  "update at once",
       .tag = "casefinding",
       .body = "{code, date, value?}",
       .success_status = 201},
      {.method = M::kGet,
       .path = "/api/v1/worklist",
       .permission = Permission::kWorklistRead,
       .person_data = true,
       .handler = h::GetWorklist,
       .summary =
           "People found for joined-up care in the practices within your reach, not yet enrolled "
           "or declined (audited)",
       .tag = "casefinding",
       .query = WorklistParams()},
      {.method = M::kGet,
       .path = "/api/v1/worklist/export",
       .permission = Permission::kWorklistRead,
       .person_data = true,
       .handler = h::ExportWorklist,
       .summary = "The whole worklist as CSV (audited)",
       .tag = "casefinding",
       .query = WorklistParams()},
      {.method = M::kGet,
       .path = "/api/v1/worklist/practices",
       .permission = Permission::kWorklistRead,
       .person_data = true,
       .handler = h::ListWorklistPractices,
       .summary = "The GP practices whose worklists you may see",
       .tag = "casefinding",
       .query = {{"areaId", "only those in this area"}}},
      {.method = M::kGet,
       .path = "/api/v1/casefinding/counts",
       .permission = Permission::kCountsRead,
       .handler = h::GetCounts,
       .summary =
           "Counts by practice of people in each cohort, to review, and by frailty (no identities)",
       .tag = "casefinding",
       .query = {{"practiceId", "one practice"}, {"areaId", "the practices of an area"}}},
      {.method = M::kGet,
       .path = "/api/v1/casefinding/definitions",
       .permission = Permission::kSignedIn,
       .handler = h::GetCaseFindingDefinitions,
       .summary = "The cohorts, conditions and frailty categories worklists filter on, and the "
                  "engine's state",
       .tag = "casefinding"},
      {.method = M::kPost,
       .path = "/api/v1/register/imports",
       .permission = Permission::kRegisterImport,
       .handler = h::UploadExtract,
       .summary = "Import an extract: multipart/form-data files patients, events, medications?, "
                  "encounters? (docs/extract-format.md); all or nothing",
       .tag = "register",
       .query = {{"partial", "true: people missing from it are not marked as left"}},
       .body = "multipart/form-data",
       .success_status = 201,
       .upload = true},
      {.method = M::kGet,
       .path = "/api/v1/register/imports",
       .permission = Permission::kRegisterImport,
       .handler = h::ListImports,
       .summary = "The latest imports with their counts",
       .tag = "register"},
  };
}

}  // namespace lcn::api
