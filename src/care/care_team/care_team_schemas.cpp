// SPDX-License-Identifier: Apache-2.0
#include "care/care_team/care_team_schemas.hpp"

namespace lcn::api {

using namespace schema;  // NOLINT(google-build-using-namespace): the schema vocabulary

Schema NewCareTeamMemberSchema() {
  const Schema id = Nullable(Id());
  return Named("NewCareTeamMember",
               Describe(Object({Opt("userId", id), Opt("teamId", id), Opt("organisationId", id),
                                Prop("role", Describe(String(), "in words, e.g. District nurse")),
                                Opt("lead", Nullable(Boolean()))}),
                        "give exactly one of userId, teamId, organisationId"));
}

Schema CareTeamMemberUpdateSchema() {
  return Named("CareTeamMemberUpdate",
               Object({Prop("role", String()), Prop("lead", Boolean()),
                       Prop("version", Describe(Integer(), "the version you read"))}));
}

Schema CareTeamMemberEndSchema() {
  return Named("CareTeamMemberEnd",
               Object({Prop("version", Describe(Integer(), "the version you read")),
                       Opt("reason", Nullable(String()))}));
}

Schema CareTeamMemberSchema() {
  return Named(
      "CareTeamMember",
      Object({Prop("id", Id()),
              Prop("kind", Named("CareTeamMemberKind",
                                 Describe(Enum(std::vector<std::string_view>{"person", "team",
                                                                             "organisation"}),
                                          "a named member of staff (userId), a team (teamId) or "
                                          "an organisation (organisationId)"))),
              Prop("name", String()), Prop("organisation", String()), Prop("role", String()),
              Prop("lead", Boolean()), Prop("startedAt", Instant()),
              Prop("endedAt", Nullable(Instant())), Prop("endReason", Nullable(String())),
              Prop("version", Integer()), Opt("userId", Id()), Opt("teamId", Id()),
              Opt("organisationId", Id())}));
}

Schema CareTeamSchema() {
  return Named("CareTeam", Object({Prop("personId", Id()),
                                   Prop("members", Describe(Array(CareTeamMemberSchema()),
                                                            "active first, then ended ones"))}));
}

}  // namespace lcn::api
