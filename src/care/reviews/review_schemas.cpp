// SPDX-License-Identifier: Apache-2.0
#include "care/reviews/review_schemas.hpp"

#include "care/mdt/mdt_schemas.hpp"

namespace lcn::api {

using namespace schema;  // NOLINT(google-build-using-namespace): the schema vocabulary

Schema MdtSuggestionsSchema() {
  const Schema reason =
      Named("MdtSuggestionReason",
            Object({Prop("source", MdtCaseSourceSchema()), Prop("reason", String())}));
  const Schema suggestion =
      Named("MdtSuggestion",
            Object({Prop("person", MdtPersonRefSchema()), Prop("reasons", Array(reason))}));
  return Named(
      "MdtSuggestions",
      Object({Prop("meetingId", Id()), Prop("dueBy", Describe(Date(), "the meeting's day")),
              Prop("worklistAvailable", Boolean()), Prop("items", Array(suggestion))}));
}

Schema ReviewBoxSchema() {
  return Named("ReviewBox", Enum(std::vector<std::string_view>{"mine", "area"}));
}

Schema ReviewListSchema() {
  const Schema source = Named(
      "ReviewSource",
      Object({Prop("source", Enum(std::vector<std::string_view>{"care_plan", "mdt"})),
              Prop("dueDate", Date()),
              Opt("caseId", Describe(Nullable(Id()), "the MDT outcome's case (source mdt)"))}));
  const Schema item =
      Named("ReviewItem",
            Object({Prop("person", MdtPersonRefSchema()), Prop("practice", Nullable(String())),
                    Prop("keyWorker", Nullable(MdtUserRefSchema())), Prop("dueDate", Date()),
                    Prop("overdue", Boolean()),
                    Prop("days", Describe(Integer(), "until the due date; negative when past")),
                    Prop("sources", Array(source)),
                    Prop("leftPractice", Describe(Nullable(Date()),
                                                  "the day the register found them gone from their "
                                                  "practice; only on a key worker's own list")),
                    Prop("nextMeeting",
                         Nullable(Object({Prop("id", Id()), Prop("startsAt", Instant())})))}));
  return Named("ReviewList", Object({Prop("box", ReviewBoxSchema()), Prop("dueBy", Date()),
                                     Prop("items", Array(item)),
                                     Prop("withheld", Describe(Integer(),
                                                               "people outside your relationships, "
                                                               "left out"))}));
}

}  // namespace lcn::api
