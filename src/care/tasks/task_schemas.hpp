// SPDX-License-Identifier: Apache-2.0
//
// The wire contract of tasks and referrals: the JSON Schemas of their request and response
// bodies, beside the JSON mapping in task_handlers.cpp (the API tests check every exchange
// against them).
#pragma once

#include "api/schema.hpp"

namespace lcn::api {

// POST /people/{id}/tasks.
schema::Schema NewTaskSchema();

// POST /tasks/{taskId}/state.
schema::Schema TaskStateChangeSchema();

// One task or referral.
schema::Schema TaskSchema();

// One task with its history and the changes the caller may make.
schema::Schema TaskDetailSchema();

// The tasks about one person.
schema::Schema TaskListSchema();

// A user's inbox.
schema::Schema TaskInboxSchema();

// The `box` query parameter of the inbox.
schema::Schema TaskBoxSchema();

}  // namespace lcn::api
