// SPDX-License-Identifier: Apache-2.0
#include "findings/api/casefinding_routes.hpp"

#include "findings/api/casefinding_handlers.hpp"
#include "findings/api/casefinding_schemas.hpp"

namespace lcn::api {

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
       .operation_id = "getPersonFindings",
       .summary =
           "Why a person is found: conditions, frailty deficits, admissions and cohorts with the "
           "record behind each (needs a legitimate relationship; audited)",
       .tag = "casefinding",
       .query = {{"asOf", "evaluate as of this date, YYYY-MM-DD (default: today)", false,
                  schema::Date()}},
       .response = PersonFindingsSchema()},
      {.method = M::kPost,
       .path = "/api/v1/people/{id}/events",
       .permission = Permission::kPersonWrite,
       .person_data = true,
       .handler = h::RecordPersonEvent,
       .operation_id = "recordPersonEvent",
       .summary = "Record a coded event (SNOMED CT) for a person in your care; their findings "
                  "update at once",
       .tag = "casefinding",
       .request = NewEventSchema(),
       .response = RecordedEventSchema(),
       .success_status = 201},
      {.method = M::kGet,
       .path = "/api/v1/worklist",
       .permission = Permission::kWorklistRead,
       .person_data = true,
       .handler = h::GetWorklist,
       .operation_id = "getWorklist",
       .summary =
           "People found for joined-up care in the practices within your reach, not yet enrolled "
           "or declined (audited)",
       .tag = "casefinding",
       .query = WorklistParams(/*paged=*/true),
       .response = WorklistPageSchema()},
      {.method = M::kGet,
       .path = "/api/v1/worklist/export",
       .permission = Permission::kWorklistRead,
       .person_data = true,
       .handler = h::ExportWorklist,
       .operation_id = "exportWorklist",
       .summary = "The whole worklist as CSV (audited)",
       .tag = "casefinding",
       .query = WorklistParams(/*paged=*/false),
       .response_type = "text/csv"},
      {.method = M::kGet,
       .path = "/api/v1/worklist/practices",
       .permission = Permission::kWorklistRead,
       .person_data = true,
       .handler = h::ListWorklistPractices,
       .operation_id = "listWorklistPractices",
       .summary = "The GP practices whose worklists you may see",
       .tag = "casefinding",
       .query = {{"areaId", "only those in this area", false, schema::Id()}},
       .response = WorklistPracticeListSchema()},
      {.method = M::kGet,
       .path = "/api/v1/casefinding/counts",
       .permission = Permission::kCountsRead,
       .handler = h::GetCounts,
       .operation_id = "getCaseFindingCounts",
       .summary =
           "Counts by practice of people in each cohort, to review, and by frailty (no identities)",
       .tag = "casefinding",
       .query = {{"practiceId", "one practice", false, schema::Id()},
                 {"areaId", "the practices of an area", false, schema::Id()}},
       .response = CountsReportSchema()},
      {.method = M::kGet,
       .path = "/api/v1/casefinding/definitions",
       .permission = Permission::kSignedIn,
       .handler = h::GetCaseFindingDefinitions,
       .operation_id = "getCaseFindingDefinitions",
       .summary = "The cohorts, conditions and frailty categories worklists filter on, and the "
                  "engine's state",
       .tag = "casefinding",
       .response = CaseFindingDefinitionsSchema()},
      {.method = M::kPost,
       .path = "/api/v1/register/imports",
       .permission = Permission::kRegisterImport,
       .handler = h::UploadExtract,
       .operation_id = "importExtract",
       .summary = "Import an extract: multipart/form-data files patients, events, medications?, "
                  "encounters? (docs/extract-format.md); all or nothing",
       .tag = "register",
       .query = {{"partial", "true: people missing from it are not marked as left", false,
                  schema::Boolean()}},
       .response = ImportResultSchema(),
       .success_status = 201,
       .upload = true},
      {.method = M::kGet,
       .path = "/api/v1/register/imports",
       .permission = Permission::kRegisterImport,
       .handler = h::ListImports,
       .operation_id = "listImports",
       .summary = "The latest imports with their counts",
       .tag = "register",
       .response = ImportListSchema()},
  };
}

}  // namespace lcn::api
