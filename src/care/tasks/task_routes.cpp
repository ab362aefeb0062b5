// SPDX-License-Identifier: Apache-2.0
#include "care/tasks/task_routes.hpp"

#include "care/tasks/task_handlers.hpp"
#include "care/tasks/task_schemas.hpp"

namespace lcn::api {

std::vector<Route> TaskRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  return {
      {.method = M::kPost,
       .path = "/api/v1/people/{id}/tasks",
       .permission = Permission::kTaskWrite,
       .person_data = true,
       .handler = h::CreateTask,
       .operation_id = "createTask",
       .summary =
           "Ask a member of staff, a team or an organisation to do something for a person in your "
           "care; a referral names the service",
       .tag = "tasks",
       .request = NewTaskSchema(),
       .response = TaskSchema(),
       .success_status = 201},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/tasks",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::ListPersonTasks,
       .operation_id = "listPersonTasks",
       .summary = "Tasks and referrals about a person, newest first",
       .tag = "tasks",
       .response = TaskListSchema()},
      {.method = M::kGet,
       .path = "/api/v1/tasks",
       .permission = Permission::kSignedIn,
       .handler = h::TaskInbox,
       .operation_id = "getTaskInbox",
       .summary = "Your inbox: tasks for you, your teams or your organisation, or those you sent",
       .tag = "tasks",
       .query = {{"box", "mine (default), teams, organisation or sent", false, TaskBoxSchema()},
                 {"open", "false to include finished ones", false, schema::Boolean()},
                 {"overdue", "true for open ones past their due date", false, schema::Boolean()}},
       .response = TaskInboxSchema()},
      {.method = M::kGet,
       .path = "/api/v1/tasks/{taskId}",
       .permission = Permission::kSignedIn,
       .handler = h::GetTask,
       .operation_id = "getTask",
       .summary = "A task with its history and the changes you may make",
       .tag = "tasks",
       .response = TaskDetailSchema()},
      {.method = M::kPost,
       .path = "/api/v1/tasks/{taskId}/state",
       .permission = Permission::kSignedIn,
       .handler = h::ChangeTaskState,
       .operation_id = "changeTaskState",
       .summary = "Accept, decline (with a reason), start, complete (with the outcome) or cancel; "
                  "409 with "
                  "the allowed changes when illegal",
       .tag = "tasks",
       .request = TaskStateChangeSchema(),
       .response = TaskSchema()},
  };
}

}  // namespace lcn::api
