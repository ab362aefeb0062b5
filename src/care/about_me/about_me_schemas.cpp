// SPDX-License-Identifier: Apache-2.0
#include "care/about_me/about_me_schemas.hpp"

#include "care/about_me/about_me.hpp"

namespace lcn::api {

using namespace schema;  // NOLINT(google-build-using-namespace): the schema vocabulary

namespace {

Schema Author() {
  return Named("AboutMeAuthor", Enum(domain::AboutMeAuthors()));
}

Schema MayView() {
  return Named("AboutMeMayView", Enum(domain::MayViews()));
}

Schema NeedCode() {
  std::vector<std::string_view> codes;
  for (const auto& need : domain::InformationNeeds()) {
    codes.push_back(need.code);
  }
  return Named("InformationNeedCode", Enum(codes));
}

Schema Content() {
  const Schema contact = Named(
      "AboutMeContact",
      Object({Prop("name", String()), Prop("relationship", String()), Prop("isCarer", Boolean()),
              Prop("isNextOfKin", Boolean()), Prop("phone", Nullable(String())),
              Prop("mayView", MayView()), Prop("notes", Nullable(String()))}));
  return Named(
      "AboutMeContent",
      Object({Prop("whatMattersToMe", String()), Prop("myStory", String()),
              Prop("peopleWhoSupportMe", String()),
              Prop("communicationNeeds",
                   Named("CommunicationNeeds",
                         Object({Prop("formats", Array(NeedCode())),
                                 Prop("interpreterNeeded", Boolean()), Prop("language", String()),
                                 Prop("otherNeeds", String())}))),
              Prop("contacts", Array(contact))}));
}

// What a client sends: anything optional may be absent or null.
Schema ContentInput() {
  const Schema text = Nullable(String());
  const Schema flag = Nullable(Boolean());
  const Schema contact = Object({Prop("name", String()), Prop("relationship", String()),
                                 Opt("isCarer", flag), Opt("isNextOfKin", flag), Opt("phone", text),
                                 Prop("mayView", MayView()), Opt("notes", text)});
  return Named(
      "AboutMeContentInput",
      Object({Opt("whatMattersToMe", text), Opt("myStory", text), Opt("peopleWhoSupportMe", text),
              Opt("communicationNeeds",
                  Nullable(Object({Opt("formats", Nullable(Array(NeedCode()))),
                                   Opt("interpreterNeeded", flag), Opt("language", text),
                                   Opt("otherNeeds", text)}))),
              Opt("contacts", Nullable(Array(contact)))}));
}

Schema RecordedBy() {
  return Named("AboutMeRecordedBy", Object({Prop("id", Id()), Opt("displayName", String()),
                                            Opt("role", String()), Opt("organisation", String())}));
}

// One version's attribution. Null before anything is written (version 0), so the same shape
// serves the document and the version list.
std::vector<Property> Attribution() {
  const auto maybe = [](Schema s) { return Nullable(std::move(s)); };
  return {Prop("version", Integer()),
          Prop("writtenBy", maybe(Author())),
          Prop("writtenWith", Nullable(String())),
          Prop("note", Nullable(String())),
          Prop("recordedBy", maybe(RecordedBy())),
          Prop("recordedAt", maybe(Instant()))};
}

}  // namespace

Schema AboutMeSaveSchema() {
  return Named("AboutMeSave",
               Object({Prop("content", ContentInput()), Prop("writtenBy", Author()),
                       Opt("writtenWith", Nullable(String())), Opt("note", Nullable(String())),
                       Prop("version", Describe(Integer(),
                                                "the version you edited (0 for the "
                                                "first)"))}));
}

Schema AboutMeDocumentSchema() {
  std::vector<Property> props = Attribution();
  props.push_back(Prop("personId", Id()));
  props.push_back(Prop("latestVersion", Integer()));
  props.push_back(Prop("content", Content()));
  return Named("AboutMe", Object(props));
}

Schema AboutMeVersionListSchema() {
  return Named(
      "AboutMeVersionList",
      Object({Prop("personId", Id()),
              Prop("versions", Array(Named("AboutMeAttribution", Object(Attribution()))))}));
}

Schema AboutMeVocabularySchema() {
  const Schema kind = Named("InformationNeedKind", Enum(domain::InformationNeedKinds()));
  return Named(
      "AboutMeVocabulary",
      Object(
          {Prop("writtenBy", Array(Author())),
           Prop("mayView", Array(Object({Prop("code", MayView()), Prop("label", String())}))),
           Prop("communicationNeeds",
                Array(Named("InformationNeed", Object({Prop("code", NeedCode()), Prop("kind", kind),
                                                       Prop("label", String())}))))}));
}

}  // namespace lcn::api
