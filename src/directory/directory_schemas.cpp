// SPDX-License-Identifier: Apache-2.0
#include "directory/directory_schemas.hpp"

#include <utility>
#include <vector>

#include "api/common_schemas.hpp"
#include "domain/vocabularies.hpp"

namespace lcn::api {

using namespace schema;  // NOLINT(google-build-using-namespace): the schema vocabulary

namespace {

Schema NullableText() {
  return Nullable(String());
}

// An optional field of a request: absent and null both mean "none".
Property OptText(std::string name) {
  return Opt(std::move(name), NullableText());
}

Property OptId(std::string name) {
  return Opt(std::move(name), Nullable(Id()));
}

Property OptCount(std::string name) {
  return Opt(std::move(name), Nullable(Integer()));
}

std::vector<Property> NetworkSummaryProps() {
  return {Prop("id", Id()),
          Prop("code", NullableText()),
          Prop("name", String()),
          Prop("place",
               Nullable(Named("PlaceRef", Object({Prop("id", Id()), Prop("name", String())})))),
          Prop("practiceCount", Integer()),
          Prop("registeredPatients", Integer())};
}

std::vector<Property> OrganisationProps() {
  return {Prop("id", Id()),
          Prop("kind", OrganisationKindSchema()),
          Prop("odsCode", NullableText()),
          Prop("name", String()),
          Prop("postcode", NullableText()),
          Prop("areaId", Nullable(Id())),
          Prop("listSize", Nullable(Integer())),
          Prop("pcnCode", NullableText()),
          Prop("pcnName", NullableText()),
          Prop("description", NullableText()),
          Prop("website", NullableText()),
          Prop("version", Integer())};
}

// The writable fields of an organisation (ReadOrganisation in directory_handlers.cpp).
std::vector<Property> OrganisationInputProps() {
  return {Prop("kind", OrganisationKindSchema()),
          OptText("odsCode"),
          Prop("name", String()),
          OptText("postcode"),
          OptId("areaId"),
          OptCount("listSize"),
          OptText("pcnCode"),
          OptText("pcnName"),
          OptText("description"),
          OptText("website")};
}

std::vector<Property> TeamProps() {
  return {Prop("id", Id()), Prop("organisationId", Id()), Prop("name", String()),
          Prop("areaId", Nullable(Id())), Prop("version", Integer())};
}

}  // namespace

Schema NetworkListSchema() {
  return ItemsSchema("NetworkList", Named("NetworkSummary", Object(NetworkSummaryProps())));
}

Schema NetworkDetailSchema() {
  auto props = NetworkSummaryProps();
  props.push_back(
      Prop("neighbourhoods",
           Array(Named("Neighbourhood", Object({Prop("id", Id()), Prop("code", NullableText()),
                                                Prop("name", String())})))));
  props.push_back(Prop(
      "practices",
      Array(Named("NetworkPractice",
                  Object({Prop("id", Id()), Prop("odsCode", NullableText()), Prop("name", String()),
                          Prop("postcode", NullableText()), Prop("listSize", Nullable(Integer())),
                          Prop("pcnName", NullableText()),
                          Prop("neighbourhoodId",
                               Describe(Nullable(Id()),
                                        "the practice's neighbourhood; null when it is aligned "
                                        "to the network itself"))})))));
  return Named("NetworkDetail", Object(props));
}

Schema AreaKindSchema() {
  return Named("AreaKind", Enum(domain::AreaKinds()));
}

Schema AreaSchema() {
  return Named(
      "Area",
      Object({Prop("id", Id()), Prop("kind", AreaKindSchema()), Prop("code", NullableText()),
              Prop("name", String()), Prop("parentId", Nullable(Id())),
              Prop("population", Nullable(Integer())), Prop("version", Integer())}));
}

Schema AreaListSchema() {
  return ItemsSchema("AreaList", AreaSchema());
}

Schema AreaCreateSchema() {
  return Named("AreaCreate",
               Object({Prop("kind", AreaKindSchema()), Prop("name", String()), OptText("code"),
                       Opt("parentId", Describe(Nullable(Id()),
                                                "the enclosing area, of the kind one level up "
                                                "(none for a system)")),
                       OptCount("population")}));
}

Schema AreaUpdateSchema() {
  return Named(
      "AreaUpdate",
      Object({Prop("name", String()), OptText("code"), OptId("parentId"), OptCount("population"),
              Prop("version", Describe(Integer(), "the version you read"))}));
}

Schema OrganisationSchema() {
  return Named("Organisation", Object(OrganisationProps()));
}

Schema OrganisationDetailSchema() {
  auto props = OrganisationProps();
  props.push_back(Prop("teams", Array(TeamSchema())));
  return Named("OrganisationDetail", Object(props));
}

Schema OrganisationListSchema() {
  return ItemsSchema("OrganisationList", OrganisationSchema());
}

Schema OrganisationCreateSchema() {
  return Named("OrganisationCreate", Object(OrganisationInputProps()));
}

Schema OrganisationUpdateSchema() {
  auto props = OrganisationInputProps();
  props.push_back(Prop("version", Describe(Integer(), "the version you read")));
  return Named("OrganisationUpdate", Object(props));
}

Schema TeamSchema() {
  return Named("Team", Object(TeamProps()));
}

Schema TeamDetailSchema() {
  auto props = TeamProps();
  props.push_back(Prop(
      "members", Array(Named("TeamMember", Object({Prop("id", Id()), Prop("username", String()),
                                                   Prop("displayName", String()),
                                                   Prop("role", RoleSchema())})))));
  return Named("TeamDetail", Object(props));
}

Schema TeamListSchema() {
  return ItemsSchema("TeamList", TeamSchema());
}

Schema TeamCreateSchema() {
  return Named("TeamCreate",
               Object({Prop("organisationId", Id()), Prop("name", String()), OptId("areaId")}));
}

Schema TeamUpdateSchema() {
  return Named("TeamUpdate",
               Object({Prop("name", String()), OptId("areaId"),
                       Prop("version", Describe(Integer(), "the version you read"))}));
}

Schema TeamMemberAddSchema() {
  return Named("TeamMemberAdd", Object({Prop("userId", Id())}));
}

Schema TeamMembershipSchema() {
  return Named("TeamMembership", Object({Prop("teamId", Id()), Prop("userId", Id())}));
}

Schema StaffListSchema() {
  return ItemsSchema(
      "StaffList",
      Named("StaffMember",
            Object({Prop("id", Id()), Prop("displayName", String()), Prop("role", RoleSchema()),
                    Prop("roleLabel", String()), Prop("organisationId", Id()),
                    Prop("organisationName", String())})));
}

Schema StaffAccountSchema() {
  return Named(
      "StaffAccount",
      Object({Prop("id", Id()), Prop("username", String()), Prop("displayName", String()),
              Prop("role", RoleSchema()), Prop("organisationId", Id()), Prop("disabled", Boolean()),
              Prop("locked", Describe(Boolean(), "locked after failed sign-ins")),
              Prop("version", Integer())}));
}

Schema StaffAccountListSchema() {
  return ItemsSchema("StaffAccountList", StaffAccountSchema());
}

Schema StaffAccountCreateSchema() {
  return Named(
      "StaffAccountCreate",
      Object({Prop("username", Describe(String(),
                                        "lower-case letters, digits, '.', '-' or '_' "
                                        "(at most 64)")),
              Prop("displayName", String()), Prop("role", RoleSchema()),
              Prop("organisationId", Id()),
              Prop("password", Describe(String(), "checked against the password policy"))}));
}

Schema StaffAccountUpdateSchema() {
  return Named("StaffAccountUpdate",
               Object({Prop("displayName", String()), Prop("role", RoleSchema()),
                       Prop("organisationId", Id()), Opt("disabled", Nullable(Boolean())),
                       Prop("version", Describe(Integer(), "the version you read"))}));
}

}  // namespace lcn::api
