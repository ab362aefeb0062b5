// SPDX-License-Identifier: Apache-2.0
#include "care/mdt/mdt_schemas.hpp"

#include <vector>

#include "api/common_schemas.hpp"
#include "care/mdt/mdt_meeting_state.hpp"
#include "care/tasks/task_state.hpp"

namespace lcn::api {

using namespace schema;  // NOLINT(google-build-using-namespace): the schema vocabulary

namespace {

Schema NullableText() {
  return Nullable(String());
}

Schema MeetingState() {
  return Named("MdtMeetingState", Enum(domain::MeetingStates()));
}

Schema Decision() {
  return Named("MdtDecision", Enum(domain::MdtDecisions()));
}

Schema StartsAt() {
  return Describe(String(),
                  "a date and time with its zone, e.g. 2026-03-04T13:30:00Z or "
                  "2026-03-04T13:30:00+01:00; not in the past");
}

Schema DurationMinutes() {
  return Describe({{"type", "integer"}, {"minimum", 5}, {"maximum", 720}},
                  "from 5 to 720 minutes (default 60)");
}

// The editable fields of a meeting, as create and update take them.
std::vector<Property> MeetingFields() {
  return {Prop("title", String()),
          Prop("startsAt", StartsAt()),
          Opt("durationMinutes", Nullable(DurationMinutes())),
          Opt("location", NullableText()),
          Opt("videoLink", Describe(NullableText(), "an https:// link")),
          Opt("chairUserId", Describe(Nullable(Id()),
                                      "an active member of staff whose role holds mdt:write "
                                      "(default: you when scheduling, unchanged when updating)"))};
}

// A meeting's summary as mdt_json.cpp writes it.
std::vector<Property> MeetingProperties() {
  return {Prop("id", Id()),
          Prop("area", Named("MdtArea", Object({Prop("id", Id()), Prop("name", String())}))),
          Prop("title", String()),
          Prop("startsAt", Instant()),
          Prop("durationMinutes", Integer()),
          Prop("endsAt", Instant()),
          Prop("location", NullableText()),
          Prop("videoLink", NullableText()),
          Prop("chair", MdtUserRefSchema()),
          Prop("state", MeetingState()),
          Prop("caseCount", Integer()),
          Prop("minutes", NullableText()),
          Prop("minutesAt", Nullable(Instant())),
          Prop("createdAt", Instant()),
          Prop("updatedAt", Instant()),
          Prop("version", Integer())};
}

Schema MeetingSchema() {
  return Named("MdtMeeting", Object(MeetingProperties()));
}

Schema AttendeeSchema() {
  return Named("MdtAttendee",
               Object({Prop("id", Id()), Prop("userId", Nullable(Id())), Prop("guest", Boolean()),
                       Prop("name", String()), Prop("role", NullableText()),
                       Prop("organisation", NullableText()),
                       Prop("attended", Describe(Nullable(Boolean()),
                                                 "null until recorded, once the meeting is "
                                                 "held"))}));
}

Schema MeetingChangeSchema() {
  return Named(
      "MdtMeetingChange",
      Object({Prop("from", Nullable(MeetingState())), Prop("to", MeetingState()),
              Prop("reason", NullableText()), Prop("by", NullableText()), Prop("at", Instant())}));
}

// A task or referral an outcome's action became.
Schema CaseTaskSchema() {
  return Named(
      "MdtCaseTask",
      Object({Prop("id", Id()), Prop("kind", Enum(domain::TaskKinds())), Prop("title", String()),
              Prop("state", Enum(domain::TaskStates())),
              Prop("priority", Enum(domain::TaskPriorities())), Prop("dueDate", Nullable(Date())),
              Prop("assignee", Object({Prop("name", String())}))}));
}

Schema OutcomeSchema() {
  return Named("MdtOutcome",
               Object({Prop("summary", NullableText()), Prop("decision", Nullable(Decision())),
                       Prop("nextReviewDate", Nullable(Date())), Prop("recordedBy", NullableText()),
                       Prop("recordedAt", Instant())}));
}

// A case as mdt_json.cpp's CaseJson writes it.
std::vector<Property> CaseProperties() {
  return {Prop("id", Id()),
          Prop("meetingId", Id()),
          Prop("person", MdtPersonRefSchema()),
          Prop("source", MdtCaseSourceSchema()),
          Prop("reason", String()),
          Prop("position", Integer()),
          Prop("addedBy", MdtUserRefSchema()),
          Prop("addedAt", Instant()),
          Prop("outcome", Nullable(OutcomeSchema())),
          Prop("version", Integer()),
          Prop("tasks", Array(CaseTaskSchema()))};
}

// `properties` and then `more`.
std::vector<Property> With(std::vector<Property> properties, const std::vector<Property>& more) {
  properties.insert(properties.end(), more.begin(), more.end());
  return properties;
}

Schema ActionSchema() {
  const Schema assignee =
      Describe(AnyOf({Object({Prop("userId", Id())}), Object({Prop("teamId", Id())}),
                      Object({Prop("organisationId", Id())})}),
               "exactly one of userId, teamId, organisationId");
  return Named(
      "MdtOutcomeAction",
      Object({Prop("title", String()), Opt("details", NullableText()), Prop("assignee", assignee),
              Opt("dueDate", Describe(Nullable(Date()), "not in the past")),
              Opt("priority", Nullable(Enum(domain::TaskPriorities()))),
              Opt("service", Describe(Nullable(Enum(domain::ReferralServices())),
                                      "makes the action a referral to this service"))}));
}

}  // namespace

Schema MdtPersonRefSchema() {
  return Named("MdtPersonRef",
               Object({Prop("id", Id()), Prop("givenName", String()), Prop("familyName", String()),
                       Prop("nhsNumber", NullableText()), Prop("birthDate", Date())}));
}

Schema MdtUserRefSchema() {
  return Named("MdtUserRef", Object({Prop("userId", Id()), Prop("name", String())}));
}

Schema MdtCaseSourceSchema() {
  return Named("MdtCaseSource", Enum(domain::MdtCaseSources()));
}

Schema MdtMeetingCreateSchema() {
  return Named("MdtMeetingCreate",
               Object(With({Prop("areaId", Describe(Id(),
                                                    "a network or neighbourhood within "
                                                    "your reach"))},
                           MeetingFields())));
}

Schema MdtMeetingUpdateSchema() {
  return Named("MdtMeetingUpdate",
               Object(With(MeetingFields(),
                           {Prop("version", Describe(Integer(), "the version you read"))})));
}

Schema MdtMeetingStateChangeSchema() {
  return Named("MdtMeetingStateChange",
               Object({Prop("state", MeetingState()),
                       Prop("version", Describe(Integer(), "the version you read")),
                       Opt("reason", Describe(NullableText(), "required to cancel"))}));
}

Schema MdtMinutesSaveSchema() {
  return Named("MdtMinutesSave",
               Object({Prop("text", String()), Prop("version", Describe(Integer(),
                                                                        "the version you "
                                                                        "read"))}));
}

Schema MdtAttendeeAddSchema() {
  return Named(
      "MdtAttendeeAdd",
      AnyOf({Object({Prop("userId", Describe(Id(),
                                             "an active member of staff whose role holds "
                                             "mdt:read"))}),
             Object({Prop("guestName", String()), Opt("guestOrganisation", NullableText())})}));
}

Schema MdtAttendanceSchema() {
  return Named("MdtAttendance", Object({Prop("attended", Boolean())}));
}

Schema MdtCaseAddSchema() {
  return Named(
      "MdtCaseAdd",
      Object({Prop("personId", Id()), Prop("reason", String()),
              Opt("source", Describe(Nullable(MdtCaseSourceSchema()), "default added_by_hand"))}));
}

Schema MdtOutcomeRecordSchema() {
  return Named(
      "MdtOutcomeRecord",
      Object({Prop("summary", String()), Prop("decision", Decision()),
              Opt("nextReviewDate",
                  Describe(Nullable(Date()), "after today; none when discharged from the MDT")),
              Opt("actions", Describe(Array(ActionSchema()),
                                      "each becomes a task or referral requested by you")),
              Prop("version", Describe(Integer(), "the case version you read"))}));
}

Schema MdtMeetingListSchema() {
  return Named("MdtMeetingList", Object({Prop("items", Array(MeetingSchema()))}));
}

Schema MdtMeetingDetailSchema() {
  return Named(
      "MdtMeetingDetail",
      Object(
          With(MeetingProperties(),
               {Prop("attendees", Array(AttendeeSchema())),
                Prop("history", Describe(Array(MeetingChangeSchema()), "oldest first")),
                Prop("allowed",
                     Describe(Array(MeetingState()), "the states you may move the meeting to")),
                Prop("you", Object({Prop("organiser", Boolean()), Prop("participant", Boolean())})),
                Opt("cases", Describe(Array(MdtCaseSchema()),
                                      "the case list, when the meeting is read or created")),
                Opt("withheld", Describe(Integer(),
                                         "people on the case list outside your "
                                         "relationships, left out of cases"))})));
}

Schema MdtAttendeeListSchema() {
  return Named("MdtAttendeeList", Object({Prop("items", Array(AttendeeSchema()))}));
}

Schema MdtCaseSchema() {
  return Named("MdtCase", Object(CaseProperties()));
}

Schema MdtCaseDetailSchema() {
  return Named(
      "MdtCaseDetail",
      Object(With(
          CaseProperties(),
          {Prop("meeting", MeetingSchema()),
           Prop("decisions", Describe(Array(Decision()), "the decisions an outcome may take"))})));
}

Schema PersonMdtCaseListSchema() {
  const Schema meeting = Object({Prop("id", Id()), Prop("title", String()),
                                 Prop("startsAt", Instant()), Prop("state", MeetingState())});
  return Named(
      "PersonMdtCaseList",
      Object({Prop("items",
                   Array(Named("PersonMdtCase",
                               Object(With(CaseProperties(), {Prop("meeting", meeting)})))))}));
}

}  // namespace lcn::api
