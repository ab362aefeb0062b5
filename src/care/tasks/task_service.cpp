// SPDX-License-Identifier: Apache-2.0
#include "care/tasks/task_service.hpp"

#include <algorithm>

#include "auth/person_access.hpp"
#include "auth/person_use_case.hpp"
#include "care/care_team/care_team_repository.hpp"
#include "core/time_format.hpp"
#include "store/organisation_repository.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::care {
namespace {

using auth::PersonUse;
using domain::TaskState;

std::string Today(Micros now) {
  return FormatDate(DateOf(now));
}

// What `who` is to a task: its assignee, its requester, both or neither.
struct Roles {
  bool assignee = false;
  bool requester = false;
};

Roles RolesOf(store::TaskRepository& tasks, const store::Task& t, const auth::Principal& who) {
  return {tasks.IsAssignee(t, who.user_id, who.organisation_id), t.requested_by == who.user_id};
}

// The states someone with `roles` may move a task in `from` to.
std::vector<TaskState> AllowedFor(const Roles& roles, TaskState from) {
  std::vector<TaskState> allowed;
  if (roles.assignee) {
    allowed = domain::AllowedTaskChanges(from, domain::TaskActor::kAssignee);
  }
  if (roles.requester) {
    for (const auto s : domain::AllowedTaskChanges(from, domain::TaskActor::kRequester)) {
      allowed.push_back(s);
    }
  }
  return allowed;
}

store::Task Existing(store::TaskRepository& tasks, TaskId id) {
  auto t = tasks.Find(id);
  if (!t) {
    throw Error(ErrorCode::kNotFound, "no such task");
  }
  return std::move(*t);
}

// `audited`: the refusal's audit row is already committed (auth::RunPersonUseCase).
Error NotYourTask(const std::string& detail, bool audited = false) {
  Error error(ErrorCode::kForbidden, detail);
  error.WithKind("not-your-task", "Not your task");
  if (audited) {
    error.MarkAudited();
  }
  return error;
}

Error IllegalChange(const store::Task& t, TaskState to, const std::vector<TaskState>& allowed) {
  Error error(ErrorCode::kConflict, "a " + std::string(domain::TaskStateName(t.state)) + " " +
                                        std::string(domain::TaskKindName(t.kind)) +
                                        " cannot become " + std::string(domain::TaskStateName(to)) +
                                        " by you");
  std::vector<std::string> names;
  names.reserve(allowed.size());
  for (const auto s : allowed) {
    names.emplace_back(domain::TaskStateName(s));
  }
  error.WithKind("illegal-change", "This change is not allowed")
      .WithText("from", std::string(domain::TaskStateName(t.state)))
      .WithTexts("allowed", std::move(names));
  return error;
}

// Throws Error(kBadRequest) naming the field when the task's assignee does not exist (or, for
// a member of staff, can no longer sign in).
void CheckAssigneeExists(sql::Transaction& tx, const store::Task& t) {
  if (t.assignee_user) {
    const auto u = store::UserRepository(tx).FindById(*t.assignee_user);
    if (!u || u->disabled) {
      throw Error(ErrorCode::kBadRequest, "the assignee is not valid",
                  {{"assigneeUserId", "must be the id of an active member of staff"}});
    }
  }
  if (t.assignee_team && !store::TeamRepository(tx).FindById(*t.assignee_team)) {
    throw Error(ErrorCode::kBadRequest, "the assignee is not valid",
                {{"assigneeTeamId", "must be the id of a team"}});
  }
  if (t.assignee_organisation &&
      !store::OrganisationRepository(tx).FindById(*t.assignee_organisation)) {
    throw Error(ErrorCode::kBadRequest, "the assignee is not valid",
                {{"assigneeOrganisationId", "must be the id of an organisation"}});
  }
}

// Accepting a referral puts its assignee in the person's care team (unless already there).
void JoinCareTeam(sql::Transaction& tx, const store::Task& t, UserId by, Micros now) {
  store::CareTeamRepository team(tx);
  if (team.FindActive(t.person, t.assignee_user, t.assignee_team, t.assignee_organisation)) {
    return;
  }
  store::CareTeamMember m;
  m.person = t.person;
  m.user = t.assignee_user;
  m.team = t.assignee_team;
  m.organisation = t.assignee_organisation;
  m.role = t.service ? std::string(domain::ReferralServiceLabel(*t.service)) : t.title;
  m.added_by = by;
  team.Add(m, now);
}

}  // namespace

TaskRead Tasks::Create(const auth::Principal& who, PersonId person, store::Task task) const {
  task.person = person;
  task.requested_by = who.user_id;
  task.requester_organisation = who.organisation_id;
  return auth::RunPersonUseCase(db_, clock_, who, person, "create-task", [&](PersonUse& use) {
    CheckAssigneeExists(use.tx, task);
    store::TaskRepository tasks(use.tx);
    return TaskRead{*tasks.Find(tasks.Add(task, use.now)), Today(use.now)};
  });
}

TaskList Tasks::ForPerson(const auth::Principal& who, PersonId person) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "read-tasks", [&](PersonUse& use) {
    return TaskList{store::TaskRepository(use.tx).ForPerson(person), Today(use.now)};
  });
}

TaskList Tasks::Inbox(const auth::Principal& who, const InboxQuery& query) const {
  const std::string today = Today(clock_.Now());
  store::TaskFilter filter;
  filter.box = query.box;
  filter.open_only = query.open_only;
  if (query.overdue) {
    filter.overdue_before = today;
  }
  return store::RunInTransaction(db_, sql::TransactionMode::kReadOnly, [&](sql::Transaction& tx) {
    return TaskList{store::TaskRepository(tx).Inbox(who.user_id, who.organisation_id, filter),
                    today};
  });
}

TaskDetail Tasks::Get(const auth::Principal& who, TaskId id) const {
  const Micros now = clock_.Now();
  // std::nullopt: refused, with the refusal's audit row to commit before it is thrown.
  auto detail = store::RunInTransaction(
      db_, sql::TransactionMode::kReadWrite,
      [&](sql::Transaction& tx) -> std::optional<TaskDetail> {
        store::TaskRepository tasks(tx);
        store::Task t = Existing(tasks, id);
        const Roles roles = RolesOf(tasks, t, who);
        if (!roles.assignee && !roles.requester &&
            !auth::DecidePersonAccess(tx, who, t.person, "read-task", now)) {
          return std::nullopt;
        }
        TaskDetail out;
        out.allowed = AllowedFor(roles, t.state);
        out.task = std::move(t);
        out.history = tasks.History(id);
        out.today = Today(now);
        return out;
      });
  if (!detail) {
    throw NotYourTask("only the requester, the assignee or the person's care team can see it",
                      /*audited=*/true);
  }
  return std::move(*detail);
}

TaskRead Tasks::ChangeState(const auth::Principal& who, TaskId id, const TaskChange& change) const {
  const Micros now = clock_.Now();
  return store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](sql::Transaction& tx) {
    store::TaskRepository tasks(tx);
    const store::Task t = Existing(tasks, id);
    const Roles roles = RolesOf(tasks, t, who);
    if (!roles.assignee && !roles.requester) {
      throw NotYourTask("only the assignee or the requester can change a task");
    }
    const std::vector<TaskState> allowed = AllowedFor(roles, t.state);
    if (std::find(allowed.begin(), allowed.end(), change.to) == allowed.end()) {
      throw IllegalChange(t, change.to, allowed);
    }
    tasks.ChangeState(t, change.to, change.version, change.note, who.user_id, now);
    auth::AuditPersonAccess(
        tx, who, now,
        {"task-" + std::string(domain::TaskStateName(change.to)), t.person.Value(), "allowed",
         std::string(roles.assignee ? "assignee" : "requester"), std::nullopt,
         "task " + std::to_string(id.Value())});
    if (change.to == TaskState::kAccepted && t.kind == domain::TaskKind::kReferral) {
      JoinCareTeam(tx, t, who.user_id, now);
    }
    return TaskRead{*tasks.Find(id), Today(now)};
  });
}

}  // namespace lcn::care
