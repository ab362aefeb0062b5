// SPDX-License-Identifier: Apache-2.0
#include "care/about_me/about_me_routes.hpp"

#include "care/about_me/about_me_handlers.hpp"

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
       .summary =
           "The fixed vocabularies of About me: who wrote it (writtenBy), what a contact may see "
           "(mayView) and the communication needs (Accessible Information Standard: contact "
           "methods, information formats, communication support), each with a label",
       .tag = "about-me"},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/about-me",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::GetAboutMe,
       .summary =
           "A person's About me, current version, with who wrote it (the person, their carer or a "
           "professional) and who recorded it; version 0 with empty content when nothing has been "
           "written yet (needs a legitimate relationship; audited)",
       .tag = "about-me"},
      {.method = M::kPut,
       .path = "/api/v1/people/{id}/about-me",
       .permission = Permission::kAboutMeWrite,
       .person_data = true,
       .handler = h::PutAboutMe,
       .summary =
           "Write the next version of a person's About me. `version` is the version you edited (0 "
           "for the first); when someone saved a newer one since, 409 with `currentVersion` and "
           "nothing is written. Content is checked strictly: an unknown value is 400 naming the "
           "field, e.g. content.contacts[1].mayView (audited)",
       .tag = "about-me",
       .body = "{content: {whatMattersToMe?, myStory?, peopleWhoSupportMe?, communicationNeeds?: "
               "{formats?: [code], interpreterNeeded?, language?, otherNeeds?}, contacts?: [{name, "
               "relationship, isCarer?, isNextOfKin?, phone?, mayView: nothing|plan_only|"
               "plan_and_appointments|everything, notes?}]}, writtenBy: professional|person|carer, "
               "writtenWith?, note?, version}"},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/about-me/versions",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::ListAboutMeVersions,
       .summary =
           "Every version of a person's About me, newest first: version, writtenBy, writtenWith, "
           "recordedBy, recordedAt and the change note (audited)",
       .tag = "about-me"},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/about-me/versions/{version}",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::GetAboutMeVersion,
       .summary = "One version of a person's About me, with its content (audited)",
       .tag = "about-me"},
  };
}

}  // namespace lcn::api
