// SPDX-License-Identifier: Apache-2.0
#include "care/tasks/task_schemas.hpp"

#include <vector>

#include "care/tasks/task_repository.hpp"
#include "care/tasks/task_state.hpp"

namespace lcn::api {

using namespace schema;  // NOLINT(google-build-using-namespace): the schema vocabulary

namespace {

Schema State() {
  return Named("TaskState", Enum(domain::TaskStates()));
}

// The states a change may name, and so the ones a task may be moved to next.
Schema NextState() {
  return Named("TaskNextState", Enum(domain::TaskChangeStates()));
}

Schema Kind() {
  return Named("TaskKind", Enum(domain::TaskKinds()));
}

Schema Priority() {
  return Named("TaskPriority", Enum(domain::TaskPriorities()));
}

Schema Service() {
  return Named("ReferralService", Enum(domain::ReferralServices()));
}

// The properties of a task as TaskJson writes them.
std::vector<Property> TaskProperties() {
  return {Prop("id", Id()),
          Prop("personId", Id()),
          Prop("personName", String()),
          Prop("kind", Kind()),
          Prop("service", Nullable(Service())),
          Prop("title", String()),
          Prop("details", Nullable(String())),
          Prop("priority", Priority()),
          Prop("dueDate", Nullable(Date())),
          Prop("overdue", Boolean()),
          Prop("state", State()),
          Prop("requester", Object({Prop("userId", Id()), Prop("name", String())})),
          Prop("assignee",
               Describe(Object({Prop("name", String()), Opt("userId", Id()), Opt("teamId", Id()),
                                Opt("organisationId", Id())}),
                        "a member of staff, a team or an organisation: one of the three ids")),
          Prop("declineReason", Nullable(String())),
          Prop("outcome", Nullable(String())),
          Prop("createdAt", Instant()),
          Prop("updatedAt", Instant()),
          Prop("version", Integer())};
}

}  // namespace

Schema NewTaskSchema() {
  const Schema id = Nullable(Id());
  return Named(
      "NewTask",
      Describe(
          Object({Prop("kind", Kind()), Prop("title", String()), Opt("details", Nullable(String())),
                  Opt("service", Describe(Nullable(Service()), "required for a referral")),
                  Opt("priority", Nullable(Priority())),
                  Opt("dueDate", Describe(Nullable(Date()), "today or later")),
                  Opt("assigneeUserId", id), Opt("assigneeTeamId", id),
                  Opt("assigneeOrganisationId", id)}),
          "give exactly one of assigneeUserId, assigneeTeamId, assigneeOrganisationId"));
}

Schema TaskStateChangeSchema() {
  return Named("TaskStateChange",
               Object({Prop("state", NextState()),
                       Prop("version", Describe(Integer(), "the version you read")),
                       Opt("note", Describe(Nullable(String()),
                                            "required to decline (the reason); the outcome when "
                                            "completing"))}));
}

Schema TaskSchema() {
  return Named("Task", Object(TaskProperties()));
}

Schema TaskDetailSchema() {
  const Schema change =
      Named("TaskChange", Object({Prop("from", Nullable(State())), Prop("to", State()),
                                  Prop("note", Nullable(String())), Prop("by", Nullable(String())),
                                  Prop("at", Instant())}));
  std::vector<Property> properties = TaskProperties();
  properties.push_back(Prop("history", Describe(Array(change), "oldest first")));
  properties.push_back(
      Prop("allowed", Describe(Array(NextState()), "the states the caller may move it to")));
  return Named("TaskDetail", Object(properties));
}

Schema TaskListSchema() {
  return Named("TaskList", Object({Prop("items", Array(TaskSchema()))}));
}

Schema TaskInboxSchema() {
  return Named("TaskInbox",
               Object({Prop("box", TaskBoxSchema()), Prop("items", Array(TaskSchema()))}));
}

Schema TaskBoxSchema() {
  return Named("TaskBox", Enum(store::TaskBoxes()));
}

}  // namespace lcn::api
