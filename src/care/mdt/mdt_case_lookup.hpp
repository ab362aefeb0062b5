// SPDX-License-Identifier: Apache-2.0
//
// Lookups the MDT services share inside their transaction: a case of one meeting, and the tasks
// a case's outcome made. Internal to care/mdt; stateless.
#pragma once

#include <vector>

#include "care/mdt/mdt_case_repository.hpp"
#include "care/mdt/mdt_meeting_state.hpp"
#include "care/tasks/task_repository.hpp"
#include "sql/database.hpp"

namespace lcn::care {

// The case `id` of meeting `meeting`; Error(kNotFound) otherwise.
store::MdtCase FindCase(sql::Transaction& tx, MeetingId meeting, MdtCaseId id);

// The tasks made from the case's actions, oldest first.
std::vector<store::Task> TasksOf(sql::Transaction& tx, MdtCaseId id);

}  // namespace lcn::care
