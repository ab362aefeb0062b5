// SPDX-License-Identifier: Apache-2.0
#include "care/about_me/about_me_routes.hpp"

#include "care/about_me/about_me_handlers.hpp"
#include "care/about_me/about_me_schemas.hpp"

namespace lcn::api {

std::vector<Route> AboutMeRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  return {
      {.method = M::kGet,
       .path = "/api/v1/about-me/vocabulary",
       .permission = Permission::kSignedIn,
       .handler = h::GetAboutMeVocabulary,
       .operation_id = "getAboutMeVocabulary",
       .summary =
           "The fixed vocabularies of About me: who wrote it (writtenBy), what a contact may see "
           "(mayView) and the communication needs (Accessible Information Standard: contact "
           "methods, information formats, communication support), each with a label",
       .tag = "about-me",
       .response = AboutMeVocabularySchema()},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/about-me",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::GetAboutMe,
       .operation_id = "getAboutMe",
       .summary =
           "A person's About me, current version, with who wrote it (the person, their carer or a "
           "professional) and who recorded it; version 0 with empty content when nothing has been "
           "written yet (needs a legitimate relationship; audited)",
       .tag = "about-me",
       .response = AboutMeDocumentSchema()},
      {.method = M::kPut,
       .path = "/api/v1/people/{id}/about-me",
       .permission = Permission::kAboutMeWrite,
       .person_data = true,
       .handler = h::PutAboutMe,
       .operation_id = "saveAboutMe",
       .summary =
           "Write the next version of a person's About me. `version` is the version you edited (0 "
           "for the first); when someone saved a newer one since, 409 with `currentVersion` and "
           "nothing is written. Content is checked strictly: an unknown value is 400 naming the "
           "field, e.g. content.contacts[1].mayView (audited)",
       .tag = "about-me",
       .request = AboutMeSaveSchema(),
       .response = AboutMeDocumentSchema()},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/about-me/versions",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::ListAboutMeVersions,
       .operation_id = "listAboutMeVersions",
       .summary =
           "Every version of a person's About me, newest first: version, writtenBy, writtenWith, "
           "recordedBy, recordedAt and the change note (audited)",
       .tag = "about-me",
       .response = AboutMeVersionListSchema()},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/about-me/versions/{version}",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::GetAboutMeVersion,
       .operation_id = "getAboutMeVersion",
       .summary = "One version of a person's About me, with its content (audited)",
       .tag = "about-me",
       .response = AboutMeDocumentSchema()},
  };
}

}  // namespace lcn::api
