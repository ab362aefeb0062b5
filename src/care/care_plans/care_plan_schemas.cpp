// SPDX-License-Identifier: Apache-2.0
#include "care/care_plans/care_plan_schemas.hpp"

#include "api/common_schemas.hpp"
#include "care/care_plans/care_plan.hpp"

namespace lcn::api {

using namespace schema;  // NOLINT(google-build-using-namespace): the schema vocabulary

namespace {

Schema NullableText() {
  return Nullable(String());
}

Schema NeedSchema() {
  return Named("CarePlanNeed",
               Object({Prop("id", String()), Prop("domain", Enum(domain::NeedDomainNames())),
                       Prop("description", String())}));
}

Schema GoalSchema() {
  return Named("CarePlanGoal", Object({Prop("id", String()), Prop("inOwnWords", String()),
                                       Prop("needIds", Array(String())),
                                       Prop("measureOfSuccess", NullableText())}));
}

Schema ActionSchema() {
  const Schema owner =
      Named("CarePlanActionOwner", Object({Prop("kind", Enum(domain::OwnerKindNames())),
                                           Prop("name", NullableText()), Opt("id", Id())}));
  return Named("CarePlanAction", Object({Prop("id", String()), Prop("description", String()),
                                         Prop("goalId", NullableText()), Prop("owner", owner),
                                         Prop("dueDate", Nullable(Date())),
                                         Prop("status", Enum(domain::ActionStatusNames()))}));
}

// The content as the server writes it: every field present.
Schema ContentSchema() {
  return Named(
      "CarePlanContent",
      Object({Prop("needs", Array(NeedSchema())), Prop("goals", Array(GoalSchema())),
              Prop("actions", Array(ActionSchema())),
              Prop("contingency",
                   Named("CarePlanContingency",
                         Object({Prop("warningSigns", String()), Prop("whatToDo", String()),
                                 Prop("whoToContact", String())}))),
              Prop("agreement", Named("CarePlanAgreement",
                                      Object({Prop("agreedWith", Enum(domain::AgreedWithNames())),
                                              Prop("how", Nullable(Enum(domain::AgreedHowNames()))),
                                              Prop("agreedOn", Nullable(Date()))}))),
              Prop("reviewDate", Nullable(Date()))}));
}

// The content as a client sends it: ids are given by the server to new items, owners' names are
// written by the server, anything optional may be absent or null.
Schema ContentInputSchema() {
  const Schema need =
      Named("CarePlanNeedInput",
            Object({Opt("id", NullableText()), Prop("domain", Enum(domain::NeedDomainNames())),
                    Prop("description", String())}));
  const Schema goal = Named(
      "CarePlanGoalInput",
      Object({Opt("id", NullableText()), Prop("inOwnWords", String()),
              Opt("needIds", Nullable(Array(String()))), Opt("measureOfSuccess", NullableText())}));
  const Schema owner = Named("CarePlanActionOwnerInput",
                             Object({Prop("kind", Enum(domain::OwnerKindNames())),
                                     Opt("name", NullableText()), Opt("id", Nullable(Id()))}));
  const Schema action = Named(
      "CarePlanActionInput",
      Object({Opt("id", NullableText()), Prop("description", String()),
              Opt("goalId", NullableText()), Prop("owner", owner), Opt("dueDate", Nullable(Date())),
              Prop("status", Enum(domain::ActionStatusNames()))}));
  return Named(
      "CarePlanContentInput",
      Object(
          {Opt("needs", Array(need)), Opt("goals", Array(goal)), Opt("actions", Array(action)),
           Opt("contingency", Nullable(Object({Opt("warningSigns", NullableText()),
                                               Opt("whatToDo", NullableText()),
                                               Opt("whoToContact", NullableText())}))),
           Opt("agreement", Nullable(Object({Prop("agreedWith", Enum(domain::AgreedWithNames())),
                                             Opt("how", Nullable(Enum(domain::AgreedHowNames()))),
                                             Opt("agreedOn", Nullable(Date()))}))),
           Opt("reviewDate", Nullable(Date()))}));
}

Schema RecordedBy() {
  return Named("CarePlanRecordedBy", Object({Prop("id", Id()), Prop("displayName", String())}));
}

Schema Status() {
  return Enum(domain::CarePlanStatusNames());
}

Schema FieldChange() {
  return Named("CarePlanFieldChange",
               Object({Prop("field", String()), Prop("from", Any()), Prop("to", Any())}));
}

// The items of one section added, removed and changed between two versions.
Schema SectionChanges(std::string_view name, const Schema& item) {
  return Named(name,
               Object({Prop("added", Array(item)), Prop("removed", Array(item)),
                       Prop("changed", Array(Object({Prop("id", String()), Prop("label", String()),
                                                     Prop("fields", Array(FieldChange()))})))}));
}

Schema Terms() {
  return Array(Named("CarePlanTerm", Object({Prop("code", String()), Prop("label", String())})));
}

}  // namespace

Schema CarePlanSaveSchema() {
  return Named("CarePlanSave",
               Object({Prop("content", ContentInputSchema()), Opt("changeNote", NullableText()),
                       Prop("version", Describe(Integer(),
                                                "the version you read "
                                                "(0 for the first)"))}));
}

Schema CarePlanVersionSchema() {
  return Named(
      "CarePlanVersion",
      Object({Prop("personId", Id()), Prop("version", Integer()),
              Prop("status", Nullable(Status())), Prop("content", ContentSchema()),
              Prop("reviewDate", Nullable(Date())), Prop("reviewDue", Boolean()),
              Prop("recordedBy", Nullable(RecordedBy())), Prop("recordedAt", Nullable(Instant())),
              Prop("changeNote", NullableText())}));
}

Schema CarePlanVersionListSchema() {
  const Schema summary =
      Named("CarePlanVersionSummary",
            Object({Prop("version", Integer()), Prop("status", Status()),
                    Prop("agreedWith", Enum(domain::AgreedWithNames())),
                    Prop("agreedHow", Nullable(Enum(domain::AgreedHowNames()))),
                    Prop("agreedOn", Nullable(Date())), Prop("reviewDate", Nullable(Date())),
                    Prop("recordedBy", RecordedBy()), Prop("recordedAt", Instant()),
                    Prop("changeNote", NullableText())}));
  return Named("CarePlanVersionList",
               Object({Prop("personId", Id()), Prop("currentVersion", Integer()),
                       Prop("versions", Array(summary))}));
}

Schema CarePlanDiffSchema() {
  return Named(
      "CarePlanDiff",
      Object({Prop("personId", Id()), Prop("from", Integer()), Prop("to", Integer()),
              Prop("needs", SectionChanges("CarePlanNeedChanges", NeedSchema())),
              Prop("goals", SectionChanges("CarePlanGoalChanges", GoalSchema())),
              Prop("actions", SectionChanges("CarePlanActionChanges", ActionSchema())),
              Prop("contingency", Array(FieldChange())), Prop("agreement", Array(FieldChange())),
              Prop("reviewDate", Nullable(Object({Prop("from", Nullable(Date())),
                                                  Prop("to", Nullable(Date()))}))),
              Prop("sentences", Array(String())), Prop("changed", Boolean())}));
}

Schema CarePlanVocabularySchema() {
  return Named("CarePlanVocabulary",
               Object({Prop("needDomains", Terms()), Prop("actionStatuses", Terms()),
                       Prop("planStatuses", Terms()), Prop("agreedWith", Terms()),
                       Prop("agreedHow", Terms()), Prop("ownerKinds", Terms()),
                       Prop("limits", Object({Prop("itemsPerSection", Integer()),
                                              Prop("textLength", Integer())}))}));
}

}  // namespace lcn::api
