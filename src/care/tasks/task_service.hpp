// SPDX-License-Identifier: Apache-2.0
//
// Tasks: the use cases of tasks and referrals between people, teams and organisations
// (docs/care-coordination.md) for every edge. Two kinds of access:
//
// - On one person's record (create a task about them, list theirs): through
//   auth::RunPersonUseCase. The person must exist (kNotFound), the caller needs a legitimate
//   relationship (kForbidden, audited), and the access row commits with the data, or alone when
//   the use case throws (nothing else is written).
// - On a task by its id, and the caller's inboxes: the requester and the assignee (by name,
//   through one of their teams or their organisation) may see and move a task without a
//   relationship with the person. Someone else may only see it through a relationship, decided
//   and audited as read-task; a refusal's row is committed before kForbidden is thrown. A change
//   of state is audited as task-<state> with the changer's part (assignee or requester), in the
//   transaction of the change. Inboxes list only the caller's own tasks and are not audited.
//
// Accepting a referral puts the assignee in the person's care team. Holds references only;
// cheap to construct per call; thread-safe as the database is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "care/tasks/task_repository.hpp"
#include "care/tasks/task_state.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::care {

// A task as read on `today` (YYYY-MM-DD): it is overdue when open and due before that day.
struct TaskRead {
  store::Task task;
  std::string today;
};

// Tasks as read on `today`.
struct TaskList {
  std::vector<store::Task> tasks;
  std::string today;
};

// A task with its history and the changes the caller may make to it.
struct TaskDetail {
  store::Task task;
  std::vector<store::TaskEvent> history;
  std::vector<domain::TaskState> allowed;
  std::string today;
};

// Which of the caller's inboxes, and which tasks in it.
struct InboxQuery {
  store::TaskBox box = store::TaskBox::kMine;
  bool open_only = true;
  bool overdue = false;  // only open tasks due before today
};

// A change of state asked for. `note` is the decline reason or the outcome.
struct TaskChange {
  domain::TaskState to = domain::TaskState::kAccepted;
  std::int64_t version = 0;  // the version read
  std::optional<std::string> note;
};

class Tasks {
 public:
  Tasks(sql::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // Creates `task` about `person`, requested by `who` for their organisation (audited as
  // create-task). Throws Error(kBadRequest) naming assigneeUserId (not an active member of
  // staff), assigneeTeamId or assigneeOrganisationId (no such one).
  // REQUIRES: `task` has been read and checked by the edge (title, kind, a referral's service,
  // a due date not in the past, exactly one assignee).
  TaskRead Create(const auth::Principal& who, PersonId person, store::Task task) const;

  // The tasks about `person`, newest first (audited as read-tasks).
  TaskList ForPerson(const auth::Principal& who, PersonId person) const;

  // The caller's inbox: assigned to them, to their teams or to their organisation, or sent by
  // them; urgent first, then by due date.
  TaskList Inbox(const auth::Principal& who, const InboxQuery& query) const;

  // Task `id` with its history and the changes `who` may make. Throws Error(kNotFound) when
  // there is no such task, Error(kForbidden, kind "not-your-task") when `who` is neither its
  // requester nor its assignee and has no relationship with the person (that refusal is
  // audited and committed).
  TaskDetail Get(const auth::Principal& who, TaskId id) const;

  // Moves task `id` on as `who` (audited as task-<state>). Returns the task after the change.
  // Throws Error(kNotFound) when there is no such task; Error(kForbidden, kind "not-your-task")
  // when `who` is neither requester nor assignee; Error(kConflict, kind "illegal-change", facts
  // from and allowed) when `who` may not make this change now; Error(kConflict) when `version`
  // is stale. Nothing is written when it throws.
  // REQUIRES: a decline has a note (the reason).
  TaskRead ChangeState(const auth::Principal& who, TaskId id, const TaskChange& change) const;

 private:
  sql::Database& db_;
  const Clock& clock_;
};

}  // namespace lcn::care
