// SPDX-License-Identifier: Apache-2.0
#include "care/tasks/task_repository.hpp"

#include <nlohmann/json.hpp>

#include "domain/name_table.hpp"
#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

constexpr domain::NameTable<TaskBox, 4> kBoxes = {{{TaskBox::kMine, "mine"},
                                                   {TaskBox::kTeams, "teams"},
                                                   {TaskBox::kOrganisation, "organisation"},
                                                   {TaskBox::kSent, "sent"}}};

constexpr const char* kSelect =
    "SELECT t.id, t.person_id, t.kind, t.service, t.title, t.details, t.priority, t.due_date, "
    "t.state, t.requested_by, t.requester_organisation_id, t.assignee_user_id, "
    "t.assignee_team_id, t.assignee_organisation_id, t.decline_reason, t.outcome, "
    "t.created_at, t.updated_at, t.version, ru.display_name AS requester_name, "
    "COALESCE(au.display_name, at.name, ao.name) AS assignee_name, "
    "p.given_name, p.family_name "
    "FROM tasks t JOIN users ru ON ru.id = t.requested_by "
    "JOIN people p ON p.id = t.person_id "
    "LEFT JOIN users au ON au.id = t.assignee_user_id "
    "LEFT JOIN teams at ON at.id = t.assignee_team_id "
    "LEFT JOIN organisations ao ON ao.id = t.assignee_organisation_id ";

template <typename T>
T Required(const std::optional<T>& v, const char* what) {
  if (!v) {
    throw Error(ErrorCode::kInternal, std::string("a stored task has an unknown ") + what);
  }
  return *v;
}

Task ToTask(const sql::Row& r) {
  Task t;
  t.id = TaskId(r.Int("id"));
  t.person = PersonId(r.Int("person_id"));
  t.kind = Required(domain::ParseTaskKind(r.Text("kind")), "kind");
  if (const auto s = r.OptText("service")) {
    t.service = domain::ParseReferralService(*s);
  }
  t.title = r.Text("title");
  t.details = r.OptText("details");
  t.priority = Required(domain::ParseTaskPriority(r.Text("priority")), "priority");
  t.due_date = r.OptText("due_date");
  t.state = Required(domain::ParseTaskState(r.Text("state")), "state");
  t.requested_by = UserId(r.Int("requested_by"));
  t.requester_organisation = OrganisationId(r.Int("requester_organisation_id"));
  t.assignee_user = OptId<UserId>(r, "assignee_user_id");
  t.assignee_team = OptId<TeamId>(r, "assignee_team_id");
  t.assignee_organisation = OptId<OrganisationId>(r, "assignee_organisation_id");
  t.decline_reason = r.OptText("decline_reason");
  t.outcome = r.OptText("outcome");
  t.created_at = r.Int("created_at");
  t.updated_at = r.Int("updated_at");
  t.version = r.Int("version");
  t.requester_name = r.Text("requester_name");
  t.assignee_name = r.OptText("assignee_name").value_or("");
  t.person_name = r.Text("given_name") + " " + r.Text("family_name");
  return t;
}

void AddEvent(sql::Transaction& tx, TaskId task, std::optional<domain::TaskState> from,
              domain::TaskState to, const std::optional<std::string>& note, UserId by, Micros now) {
  tx.Execute(
      "INSERT INTO task_events (task_id, from_state, to_state, note, changed_by, changed_at) "
      "VALUES (${task}, ${from}, ${to}, ${note}, ${by}, ${now})",
      {{"task", task.Value()},
       {"from", from ? sql::Value(std::string(domain::TaskStateName(*from)))
                     : sql::Value(std::monostate{})},
       {"to", std::string(domain::TaskStateName(to))},
       {"note", sql::Nullable(note)},
       {"by", by.Value()},
       {"now", now}});
}

}  // namespace

Vocabulary<TaskBox> TaskBoxes() {
  return kBoxes;
}

TaskId TaskRepository::Add(const Task& t, Micros now) {
  std::int64_t id = 0;
  tx_.Query(
      "INSERT INTO tasks (person_id, kind, service, title, details, priority, due_date, state, "
      "requested_by, requester_organisation_id, assignee_user_id, assignee_team_id, "
      "assignee_organisation_id, created_at, updated_at) VALUES (${person}, ${kind}, ${service}, "
      "${title}, ${details}, ${priority}, ${due}, 'requested', ${by}, ${org}, ${user}, ${team}, "
      "${aorg}, ${now}, ${now}) RETURNING id",
      {{"person", t.person.Value()},
       {"kind", std::string(domain::TaskKindName(t.kind))},
       {"service", t.service ? sql::Value(std::string(domain::ReferralServiceName(*t.service)))
                             : sql::Value(std::monostate{})},
       {"title", t.title},
       {"details", sql::Nullable(t.details)},
       {"priority", std::string(domain::TaskPriorityName(t.priority))},
       {"due", sql::Nullable(t.due_date)},
       {"by", t.requested_by.Value()},
       {"org", t.requester_organisation.Value()},
       {"user", NullableId(t.assignee_user)},
       {"team", NullableId(t.assignee_team)},
       {"aorg", NullableId(t.assignee_organisation)},
       {"now", now}},
      [&](const sql::Row& r) { id = r.Int("id"); });
  AddEvent(tx_, TaskId(id), std::nullopt, domain::TaskState::kRequested, t.details, t.requested_by,
           now);
  return TaskId(id);
}

std::optional<Task> TaskRepository::Find(TaskId id) {
  return QueryOne(tx_, std::string(kSelect) + "WHERE t.id = ${id}", {{"id", id.Value()}}, ToTask);
}

std::int64_t TaskRepository::ChangeState(const Task& task, domain::TaskState to,
                                         std::int64_t version,
                                         const std::optional<std::string>& note, UserId by,
                                         Micros now) {
  const std::int64_t changed = tx_.Execute(
      "UPDATE tasks SET state = ${state}, "
      "decline_reason = CASE WHEN ${state} = 'declined' THEN ${note} ELSE decline_reason END, "
      "outcome = CASE WHEN ${state} = 'completed' THEN ${note} ELSE outcome END, "
      "updated_at = ${now}, version = version + 1 WHERE id = ${id} AND version = ${version}",
      {{"state", std::string(domain::TaskStateName(to))},
       {"note", sql::Nullable(note)},
       {"now", now},
       {"id", task.id.Value()},
       {"version", version}});
  if (changed == 0) {
    ThrowStaleOrMissing(Find(task.id).has_value(), "task");
  }
  AddEvent(tx_, task.id, task.state, to, note, by, now);
  return version + 1;
}

std::vector<TaskEvent> TaskRepository::History(TaskId id) {
  return QueryAll(tx_,
                  "SELECT e.from_state, e.to_state, e.note, u.display_name, e.changed_at "
                  "FROM task_events e LEFT JOIN users u ON u.id = e.changed_by "
                  "WHERE e.task_id = ${id} ORDER BY e.id",
                  {{"id", id.Value()}}, [](const sql::Row& r) {
                    TaskEvent e;
                    if (const auto from = r.OptText("from_state")) {
                      e.from = domain::ParseTaskState(*from);
                    }
                    e.to = Required(domain::ParseTaskState(r.Text("to_state")), "state");
                    e.note = r.OptText("note");
                    e.changed_by_name = r.OptText("display_name");
                    e.changed_at = r.Int("changed_at");
                    return e;
                  });
}

std::vector<Task> TaskRepository::Inbox(UserId user, OrganisationId organisation,
                                        const TaskFilter& f) {
  std::string where;
  switch (f.box) {
    case TaskBox::kMine:
      where = "t.assignee_user_id = ${user}";
      break;
    case TaskBox::kTeams:
      where =
          "t.assignee_team_id IN (SELECT m.team_id FROM team_members m WHERE m.user_id = "
          "${user})";
      break;
    case TaskBox::kOrganisation:
      where = "t.assignee_organisation_id = ${org}";
      break;
    case TaskBox::kSent:
      where = "t.requested_by = ${user}";
      break;
  }
  if (f.open_only || f.overdue_before) {
    where += " AND t.state IN ('requested', 'accepted', 'in_progress')";
  }
  if (f.overdue_before) {
    where += " AND t.due_date IS NOT NULL AND t.due_date < ${before}";
  }
  return QueryAll(tx_,
                  std::string(kSelect) + "WHERE " + where +
                      " ORDER BY CASE t.priority WHEN 'urgent' THEN 0 WHEN 'soon' THEN 1 ELSE 2 "
                      "END, COALESCE(t.due_date, '9999-12-31'), t.id LIMIT ${limit}",
                  {{"user", user.Value()},
                   {"org", organisation.Value()},
                   {"before", f.overdue_before.value_or("")},
                   {"limit", std::int64_t{f.limit}}},
                  ToTask);
}

std::vector<Task> TaskRepository::ForPerson(PersonId person) {
  return QueryAll(tx_, std::string(kSelect) + "WHERE t.person_id = ${p} ORDER BY t.id DESC",
                  {{"p", person.Value()}}, ToTask);
}

bool TaskRepository::IsAssignee(const Task& task, UserId user, OrganisationId organisation) {
  if (task.assignee_user) {
    return *task.assignee_user == user;
  }
  if (task.assignee_organisation) {
    return *task.assignee_organisation == organisation;
  }
  bool member = false;
  tx_.Query("SELECT 1 AS ok FROM team_members WHERE team_id = ${team} AND user_id = ${user}",
            {{"team", task.assignee_team->Value()}, {"user", user.Value()}},
            [&](const sql::Row&) { member = true; });
  return member;
}

}  // namespace lcn::store

namespace lcn {

void to_json(nlohmann::json& j, TaskId id) {
  j = id.Value();
}

}  // namespace lcn
