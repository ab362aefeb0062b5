// SPDX-License-Identifier: Apache-2.0
#include "api/routes.hpp"

#include <memory>

// The table below leaves trailing documentation fields at their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "api/handlers/handlers.hpp"
#include "api/openapi.hpp"
#include "api/problem.hpp"

namespace lcn::api {

std::vector<Route> BuildRoutes(const std::string& version) {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  std::vector<Route> routes = {
      {M::kGet, "/healthz", Permission::kPublic, h::Healthz, "Liveness: the process answers",
       "health"},
      {M::kGet, "/readyz", Permission::kPublic, h::Readyz, "Readiness: the database answers",
       "health"},
      {M::kPost, "/api/v1/session", Permission::kPublic, h::SignIn,
       "Sign in; sets the session cookie and returns the CSRF token", "session", {},
       "{username, password}"},
      {M::kGet, "/api/v1/session", Permission::kSignedIn, h::GetSession,
       "The signed-in user and the CSRF token", "session"},
      {M::kDelete, "/api/v1/session", Permission::kSignedIn, h::SignOut, "Sign out", "session",
       {}, "", 204},
      {M::kGet, "/api/v1/networks", Permission::kDirectoryRead, h::ListNetworks,
       "Networks with their place, practice count and registered patients", "directory"},
      {M::kGet, "/api/v1/networks/{id}", Permission::kDirectoryRead, h::GetNetwork,
       "A network with its neighbourhoods and GP practices", "directory"},
      {M::kGet, "/api/v1/areas", Permission::kDirectoryRead, h::ListAreas,
       "Areas (system, place, network, neighbourhood)", "directory",
       {{"kind", "system, place, network or neighbourhood"}, {"parentId", "children of this area"}}},
      {M::kGet, "/api/v1/areas/{id}", Permission::kDirectoryRead, h::GetArea, "One area",
       "directory"},
      {M::kPost, "/api/v1/areas", Permission::kDirectoryWrite, h::CreateArea, "Add an area",
       "directory", {}, "{kind, name, code?, parentId?, population?}", 201},
      {M::kPut, "/api/v1/areas/{id}", Permission::kDirectoryWrite, h::UpdateArea,
       "Change an area (optimistic: send the version you read)", "directory", {},
       "{name, code?, parentId?, population?, version}"},
      {M::kGet, "/api/v1/organisations", Permission::kDirectoryRead, h::ListOrganisations,
       "Organisations", "directory",
       {{"kind", "organisation kind, e.g. gp_practice"}, {"areaId", "aligned to this area or inside it"}}},
      {M::kGet, "/api/v1/organisations/{id}", Permission::kDirectoryRead, h::GetOrganisation,
       "One organisation with its teams", "directory"},
      {M::kPost, "/api/v1/organisations", Permission::kDirectoryWrite, h::CreateOrganisation,
       "Add an organisation", "directory", {},
       "{kind, name, odsCode?, postcode?, areaId?, listSize?, pcnCode?, pcnName?, description?, "
       "website?}",
       201},
      {M::kPut, "/api/v1/organisations/{id}", Permission::kDirectoryWrite, h::UpdateOrganisation,
       "Change an organisation (optimistic: send the version you read)", "directory", {},
       "all organisation fields and version"},
      {M::kGet, "/api/v1/teams", Permission::kDirectoryRead, h::ListTeams, "Teams", "directory",
       {{"organisationId", "teams of this organisation"}}},
      {M::kPost, "/api/v1/teams", Permission::kDirectoryWrite, h::CreateTeam, "Add a team",
       "directory", {}, "{organisationId, name, areaId?}", 201},
      {M::kGet, "/api/v1/people", Permission::kPersonSearch, h::SearchPeople,
       "Find people by NHS number, or by family name and birth date; only people within your "
       "care relationship are shown",
       "people",
       {{"nhsNumber", "10-digit NHS number"},
        {"familyName", "with birthDate"},
        {"birthDate", "YYYY-MM-DD"},
        {"givenName", "optional, narrows a name search"}}},
      {M::kGet, "/api/v1/people/{id}", Permission::kPersonRead, h::GetPerson,
       "A person's record (needs a legitimate relationship)", "people"},
      {M::kPost, "/api/v1/people", Permission::kPersonWrite, h::CreatePerson, "Register a person",
       "people", {},
       "{givenName, familyName, birthDate, sex, nhsNumber?, postcode?, practiceId?}", 201},
      {M::kPut, "/api/v1/people/{id}", Permission::kPersonWrite, h::UpdatePerson,
       "Change a person's demographics (optimistic: send the version you read)", "people", {},
       "all person fields and version"},
      {M::kPost, "/api/v1/people/{id}/break-glass", Permission::kBreakGlass, h::BreakGlass,
       "Emergency access to one person, with a reason; time-limited and reviewed", "people", {},
       "{reason}", 201},
      {M::kGet, "/api/v1/people/{id}/accesses", Permission::kAuditRead, h::PersonAccesses,
       "Every access to one person's record (privacy officer)", "audit"},
      {M::kGet, "/api/v1/break-glass", Permission::kAuditRead, h::ListBreakGlass,
       "Break-glass accesses for review", "audit", {{"unreviewed", "true for open ones only"}}},
      {M::kPost, "/api/v1/break-glass/{id}/review", Permission::kAuditRead, h::ReviewBreakGlass,
       "Record the review of a break-glass access", "audit", {}, "{note}"},
      {M::kGet, "/api/v1/users", Permission::kUserAdmin, h::ListUsers, "Staff accounts", "users"},
      {M::kPost, "/api/v1/users", Permission::kUserAdmin, h::CreateUser, "Add a staff account",
       "users", {}, "{username, displayName, role, organisationId, password}", 201},
      {M::kGet, "/api/v1/counts/people-by-practice", Permission::kCountsRead,
       h::CountPeopleByPractice, "Registered people per practice (counts only)", "counts"},
  };
  // The document describes the table it is part of, so it is built once, after the table.
  auto document = std::make_shared<std::string>();
  routes.push_back({M::kGet, "/api/v1/openapi.json", Permission::kPublic,
                    [document](const Request&, const Call&) {
                      Response r;
                      r.body = *document;
                      return r;
                    },
                    "This OpenAPI document", "health"});
  *document = BuildOpenApi(routes, version).dump(2);
  return routes;
}

}  // namespace lcn::api
