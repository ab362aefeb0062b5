// SPDX-License-Identifier: Apache-2.0
#include "people/people_schemas.hpp"

#include <string_view>
#include <utility>
#include <vector>

#include "api/common_schemas.hpp"
#include "store/relationship_repository.hpp"

namespace lcn::api {

using namespace schema;  // NOLINT(google-build-using-namespace): the schema vocabulary

namespace {

Schema NullableText() {
  return Nullable(String());
}

// How access to a person was granted (store::RelationshipBasisName).
Schema AccessBasisSchema() {
  using store::RelationshipBasis;
  std::vector<std::string_view> names;
  for (const auto basis : {RelationshipBasis::kRegisteredPractice, RelationshipBasis::kNetworkRole,
                           RelationshipBasis::kCareTeam, RelationshipBasis::kMdtCaseList,
                           RelationshipBasis::kBreakGlass}) {
    names.push_back(store::RelationshipBasisName(basis));
  }
  return Named("AccessBasis", Enum(names));
}

// The demographic fields a client sends (ReadPerson in person_handlers.cpp).
std::vector<Property> PersonInputProps() {
  return {Opt("nhsNumber", Describe(NullableText(),
                                    "10 digits with a correct check digit; "
                                    "spaces are ignored")),
          Prop("givenName", String()),
          Prop("familyName", String()),
          Prop("birthDate", Describe(Date(), "not in the future")),
          Prop("sex", SexSchema()),
          Opt("postcode", NullableText()),
          Opt("practiceId", Describe(Nullable(Id()),
                                     "the GP practice the person is registered "
                                     "with"))};
}

}  // namespace

Schema PersonSchema() {
  const Schema practice =
      Named("PersonPractice",
            Object({Prop("id", Id()), Prop("odsCode", NullableText()), Prop("name", String())}));
  const Schema access =
      Named("PersonAccess",
            Object({Prop("basis", AccessBasisSchema()), Prop("expiresAt", Nullable(Instant()))}));
  return Named("Person", Object({Prop("id", Id()), Prop("nhsNumber", NullableText()),
                                 Prop("givenName", String()), Prop("familyName", String()),
                                 Prop("birthDate", Date()), Prop("sex", SexSchema()),
                                 Prop("postcode", NullableText()),
                                 Prop("practice", Nullable(practice)), Prop("version", Integer()),
                                 Prop("access", Describe(access,
                                                         "how your access to the record is "
                                                         "granted"))}));
}

Schema PeopleResultSchema() {
  return Named("PeopleResult", Object({Prop("items", Array(PersonSchema())),
                                       Prop("withheld", Describe(Integer(),
                                                                 "people found outside your care "
                                                                 "relationship, not shown"))}));
}

Schema PersonCreateSchema() {
  return Named("PersonCreate", Object(PersonInputProps()));
}

Schema PersonUpdateSchema() {
  auto props = PersonInputProps();
  props.push_back(Prop("version", Describe(Integer(), "the version you read")));
  return Named("PersonUpdate", Object(props));
}

Schema BreakGlassRequestSchema() {
  return Named("BreakGlassRequest",
               Object({Prop("reason", Describe(String(),
                                               "why emergency access is needed, 10 to "
                                               "1000 characters"))}));
}

Schema BreakGlassGrantSchema() {
  return Named("BreakGlassGrant", Object({Prop("grantId", Id()), Prop("personId", Id()),
                                          Prop("expiresAt", Instant())}));
}

Schema BreakGlassAccessListSchema() {
  return ItemsSchema(
      "BreakGlassAccessList",
      Named("BreakGlassAccess",
            Object({Prop("id", Id()),
                    Prop("user",
                         Named("UserRef", Object({Prop("id", Id()), Prop("username", String())}))),
                    Prop("personId", Id()), Prop("reason", String()), Prop("grantedAt", Instant()),
                    Prop("expiresAt", Instant()), Prop("reviewedBy", Nullable(Id())),
                    Prop("reviewedAt", Nullable(Instant())), Prop("reviewNote", NullableText())})));
}

Schema BreakGlassReviewRequestSchema() {
  return Named("BreakGlassReviewRequest", Object({Prop("note", String())}));
}

Schema BreakGlassReviewSchema() {
  return Named("BreakGlassReview", Object({Prop("id", Id()), Prop("reviewedAt", Instant())}));
}

Schema PersonAccessLogSchema() {
  const Schema row =
      Named("PersonAccessRecord",
            Object({Prop("seq", Integer()), Prop("at", Instant()), Prop("userId", Nullable(Id())),
                    Prop("username", NullableText()), Prop("role", NullableText()),
                    Prop("organisationId", Nullable(Id())), Prop("action", String()),
                    Prop("outcome", String()), Prop("purpose", NullableText()),
                    Prop("reason", NullableText()), Prop("detail", NullableText())}));
  return Named("PersonAccessLog", Object({Prop("personId", Id()), Prop("items", Array(row))}));
}

Schema PeopleByPracticeSchema() {
  return ItemsSchema("PeopleByPractice",
                     Named("PracticePeopleCount",
                           Object({Prop("practiceId", Id()), Prop("odsCode", NullableText()),
                                   Prop("name", NullableText()), Prop("people", Integer())})));
}

}  // namespace lcn::api
