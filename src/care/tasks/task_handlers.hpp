// SPDX-License-Identifier: Apache-2.0
//
// The handlers of tasks and referrals (docs/care-coordination.md).
// Plain functions; no state.
#pragma once

#include "api/router.hpp"

namespace lcn::api::handlers {

// task_handlers.cpp
Response CreateTask(const Request& req, const Call& call);
Response ListPersonTasks(const Request& req, const Call& call);
Response TaskInbox(const Request& req, const Call& call);
Response GetTask(const Request& req, const Call& call);
Response ChangeTaskState(const Request& req, const Call& call);

}  // namespace lcn::api::handlers
