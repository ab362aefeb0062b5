// SPDX-License-Identifier: Apache-2.0
//
// TaskRepository reads and writes tasks and referrals and their history inside the caller's
// transaction: create, change state (optimistic on version, one event per change), and the
// inboxes (assigned to me, to my teams, to my organisation; sent by me). Which changes are
// allowed, and by whom, is domain/task_state's business. Stateless.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "care/tasks/task_state.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/vocabulary.hpp"
#include "sql/database.hpp"

namespace lcn::store {

struct Task {
  TaskId id;
  PersonId person;
  domain::TaskKind kind = domain::TaskKind::kTask;
  std::optional<domain::ReferralService> service;
  std::string title;
  std::optional<std::string> details;
  domain::TaskPriority priority = domain::TaskPriority::kRoutine;
  std::optional<std::string> due_date;  // YYYY-MM-DD
  domain::TaskState state = domain::TaskState::kRequested;
  UserId requested_by;
  OrganisationId requester_organisation;
  // Exactly one assignee.
  std::optional<UserId> assignee_user;
  std::optional<TeamId> assignee_team;
  std::optional<OrganisationId> assignee_organisation;
  std::optional<std::string> decline_reason;
  std::optional<std::string> outcome;
  Micros created_at = 0;
  Micros updated_at = 0;
  std::int64_t version = 1;
  // For display, filled by reads.
  std::string requester_name;
  std::string assignee_name;
  std::string person_name;
};

struct TaskEvent {
  std::optional<domain::TaskState> from;
  domain::TaskState to = domain::TaskState::kRequested;
  std::optional<std::string> note;
  std::optional<std::string> changed_by_name;
  Micros changed_at = 0;
};

// Which of a user's tasks an inbox shows: those for them by name, for their teams, for their
// organisation, or those they sent.
enum class TaskBox { kMine, kTeams, kOrganisation, kSent };

// mine, teams, organisation, sent.
Vocabulary<TaskBox> TaskBoxes();

struct TaskFilter {
  TaskBox box = TaskBox::kMine;
  bool open_only = true;
  std::optional<std::string> overdue_before;  // YYYY-MM-DD: open and due before this day
  int limit = 200;
};

class TaskRepository {
 public:
  explicit TaskRepository(sql::Transaction& tx) : tx_(tx) {}

  // Creates the task (state requested) with its first event; returns the id.
  TaskId Add(const Task& task, Micros now);

  [[nodiscard]] std::optional<Task> Find(TaskId id);

  // Moves the task to `to` (optimistic on `version`), recording decline reason or outcome and
  // one event. kConflict when stale.
  std::int64_t ChangeState(const Task& task, domain::TaskState to, std::int64_t version,
                           const std::optional<std::string>& note, UserId by, Micros now);

  std::vector<TaskEvent> History(TaskId id);

  // A user's inbox.
  std::vector<Task> Inbox(UserId user, OrganisationId organisation, const TaskFilter& filter);

  // Tasks about one person, newest first.
  std::vector<Task> ForPerson(PersonId person);

  // True when `user` (of `organisation`) is the assignee: by name, through one of their teams,
  // or through their organisation.
  bool IsAssignee(const Task& task, UserId user, OrganisationId organisation);

  // Transitional (issue 11): care/mdt still names tasks by number. Remove these, and to_json
  // below, once it uses TaskId.
  std::int64_t Create(const Task& task, Micros now) { return Add(task, now).Value(); }

  [[nodiscard]] std::optional<Task> Find(std::int64_t id) { return Find(TaskId(id)); }

 private:
  sql::Transaction& tx_;
};

}  // namespace lcn::store

namespace lcn {

// Transitional (see TaskRepository::Create): a TaskId in JSON is its number, found by
// nlohmann::json through argument-dependent lookup.
void to_json(nlohmann::json& j, TaskId id);  // NOLINT(readability-identifier-naming): ADL name

}  // namespace lcn
