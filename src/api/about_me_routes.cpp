// SPDX-License-Identifier: Apache-2.0
#include "api/about_me_routes.hpp"

// As in routes.cpp, the table leaves trailing documentation fields at their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "api/handlers/about_me_handlers.hpp"

namespace lcn::api {

std::vector<Route> AboutMeRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  return {
      {M::kGet, "/api/v1/about-me/vocabulary", Permission::kSignedIn, h::GetAboutMeVocabulary,
       "The fixed vocabularies of About me: who wrote it (writtenBy), what a contact may see "
       "(mayView) and the communication needs (Accessible Information Standard: contact "
       "methods, information formats, communication support), each with a label",
       "about-me"},
      {M::kGet, "/api/v1/people/{id}/about-me", Permission::kPersonRead, h::GetAboutMe,
       "A person's About me, current version, with who wrote it (the person, their carer or a "
       "professional) and who recorded it; version 0 with empty content when nothing has been "
       "written yet (needs a legitimate relationship; audited)",
       "about-me"},
      {M::kPut,
       "/api/v1/people/{id}/about-me",
       Permission::kAboutMeWrite,
       h::PutAboutMe,
       "Write the next version of a person's About me. `version` is the version you edited (0 "
       "for the first); when someone saved a newer one since, 409 with `currentVersion` and "
       "nothing is written. Content is checked strictly: an unknown value is 400 naming the "
       "field, e.g. content.contacts[1].mayView (audited)",
       "about-me",
       {},
       "{content: {whatMattersToMe?, myStory?, peopleWhoSupportMe?, communicationNeeds?: "
       "{formats?: [code], interpreterNeeded?, language?, otherNeeds?}, contacts?: [{name, "
       "relationship, isCarer?, isNextOfKin?, phone?, mayView: nothing|plan_only|"
       "plan_and_appointments|everything, notes?}]}, writtenBy: professional|person|carer, "
       "writtenWith?, note?, version}"},
      {M::kGet, "/api/v1/people/{id}/about-me/versions", Permission::kPersonRead,
       h::ListAboutMeVersions,
       "Every version of a person's About me, newest first: version, writtenBy, writtenWith, "
       "recordedBy, recordedAt and the change note (audited)",
       "about-me"},
      {M::kGet, "/api/v1/people/{id}/about-me/versions/{version}", Permission::kPersonRead,
       h::GetAboutMeVersion, "One version of a person's About me, with its content (audited)",
       "about-me"},
  };
}

}  // namespace lcn::api
