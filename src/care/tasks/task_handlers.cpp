// SPDX-License-Identifier: Apache-2.0
//
// The REST edge of tasks and referrals: parse, call care::Tasks, render. Illegal changes are 409
// with the allowed ones; a task's requester, assignee or the person's care team may see it.
#include "care/tasks/task_handlers.hpp"

#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "care/tasks/task_service.hpp"
#include "core/time_format.hpp"
#include "extract/day.hpp"

namespace lcn::api::handlers {
namespace {

using domain::TaskState;
using nlohmann::json;

json StateNames(const std::vector<TaskState>& states) {
  json out = json::array();
  for (const auto s : states) {
    out.push_back(domain::TaskStateName(s));
  }
  return out;
}

json TaskJson(const store::Task& t, const std::string& today) {
  json j = {{"id", t.id.Value()},
            {"personId", t.person.Value()},
            {"personName", t.person_name},
            {"kind", domain::TaskKindName(t.kind)},
            {"service", t.service ? json(domain::ReferralServiceName(*t.service)) : json(nullptr)},
            {"title", t.title},
            {"details", t.details ? json(*t.details) : json(nullptr)},
            {"priority", domain::TaskPriorityName(t.priority)},
            {"dueDate", t.due_date ? json(*t.due_date) : json(nullptr)},
            {"overdue", domain::IsOpen(t.state) && t.due_date && *t.due_date < today},
            {"state", domain::TaskStateName(t.state)},
            {"requester", {{"userId", t.requested_by.Value()}, {"name", t.requester_name}}},
            {"assignee", {{"name", t.assignee_name}}},
            {"declineReason", t.decline_reason ? json(*t.decline_reason) : json(nullptr)},
            {"outcome", t.outcome ? json(*t.outcome) : json(nullptr)},
            {"createdAt", FormatInstant(t.created_at)},
            {"updatedAt", FormatInstant(t.updated_at)},
            {"version", t.version}};
  if (t.assignee_user) {
    j["assignee"]["userId"] = t.assignee_user->Value();
  }
  if (t.assignee_team) {
    j["assignee"]["teamId"] = t.assignee_team->Value();
  }
  if (t.assignee_organisation) {
    j["assignee"]["organisationId"] = t.assignee_organisation->Value();
  }
  return j;
}

std::string Today(const Call& call) {
  return extract::FormatDay(extract::DayOf(call.services.clock.Now()));
}

care::Tasks Service(const Call& call) {
  return care::Tasks(call.services.db, call.services.clock);
}

json ListJson(const care::TaskList& list) {
  json items = json::array();
  for (const auto& t : list.tasks) {
    items.push_back(TaskJson(t, list.today));
  }
  return items;
}

TaskId PathTaskId(const Request& req) {
  return TaskId(PathId(req.path_params.at("taskId")));
}

}  // namespace

Response CreateTask(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  store::Task t;
  if (const auto kind = body.Choice("kind", true, domain::TaskKinds())) {
    t.kind = *kind;
  }
  t.title = body.String("title", true).value_or("");
  t.details = body.String("details", false);
  // Not Choice: an absent service has its own words for a referral.
  if (const auto service = body.String("service", false)) {
    t.service = domain::ReferralServices().Parse(*service);
    if (!t.service) {
      body.Invalid("service", "must be one of " + domain::ReferralServices().Joined());
    }
  } else if (t.kind == domain::TaskKind::kReferral) {
    body.Invalid("service", "is required for a referral");
  }
  if (const auto priority = body.Choice("priority", false, domain::TaskPriorities())) {
    t.priority = *priority;
  }
  if (const auto due = body.String("dueDate", false)) {
    if (!extract::ParseDay(*due)) {
      body.Invalid("dueDate", "must be a real date written YYYY-MM-DD");
    } else if (*due < Today(call)) {
      body.Invalid("dueDate", "must not be in the past");
    }
    t.due_date = due;
  }
  if (const auto user = body.Integer("assigneeUserId", false)) {
    t.assignee_user = UserId(*user);
  }
  if (const auto team = body.Integer("assigneeTeamId", false)) {
    t.assignee_team = TeamId(*team);
  }
  if (const auto org = body.Integer("assigneeOrganisationId", false)) {
    t.assignee_organisation = OrganisationId(*org);
  }
  if ((t.assignee_user ? 1 : 0) + (t.assignee_team ? 1 : 0) + (t.assignee_organisation ? 1 : 0) !=
      1) {
    body.Invalid("assigneeUserId",
                 "give exactly one of assigneeUserId, assigneeTeamId, assigneeOrganisationId");
  }
  body.ThrowIfInvalid();
  const auto created = Service(call).Create(call.Who(), id, std::move(t));
  return Json(201, TaskJson(created.task, created.today));
}

Response ListPersonTasks(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  return Json(200, {{"items", ListJson(Service(call).ForPerson(call.Who(), id))}});
}

Response TaskInbox(const Request& req, const Call& call) {
  care::InboxQuery query;
  const std::string box = req.Query("box").value_or("mine");
  if (const auto parsed = store::TaskBoxes().Parse(box)) {
    query.box = *parsed;
  } else {
    const std::string message = "must be one of " + store::TaskBoxes().Joined();
    throw Error(ErrorCode::kBadRequest, "box " + message, {{"box", message}});
  }
  query.open_only = req.Query("open").value_or("true") != "false";
  query.overdue = req.Query("overdue") == "true";
  return Json(200, {{"box", box}, {"items", ListJson(Service(call).Inbox(call.Who(), query))}});
}

Response GetTask(const Request& req, const Call& call) {
  const auto detail = Service(call).Get(call.Who(), PathTaskId(req));
  json j = TaskJson(detail.task, detail.today);
  json history = json::array();
  for (const auto& e : detail.history) {
    history.push_back({{"from", e.from ? json(domain::TaskStateName(*e.from)) : json(nullptr)},
                       {"to", domain::TaskStateName(e.to)},
                       {"note", e.note ? json(*e.note) : json(nullptr)},
                       {"by", e.changed_by_name ? json(*e.changed_by_name) : json(nullptr)},
                       {"at", FormatInstant(e.changed_at)}});
  }
  j["history"] = history;
  j["allowed"] = StateNames(detail.allowed);
  return Json(200, j);
}

Response ChangeTaskState(const Request& req, const Call& call) {
  const TaskId id = PathTaskId(req);
  JsonBody body(req.body);
  const auto to = body.Choice("state", true, domain::TaskChangeStates());
  const auto version = body.Integer("version", true);
  const auto note = body.String("note", false);
  if (to == TaskState::kDeclined && (!note || note->empty())) {
    body.Invalid("note", "is required to decline: the reason, for the requester");
  }
  body.ThrowIfInvalid();
  care::TaskChange change;
  change.to = *to;
  change.version = *version;
  change.note = note;
  const auto changed = Service(call).ChangeState(call.Who(), id, change);
  return Json(200, TaskJson(changed.task, changed.today));
}

}  // namespace lcn::api::handlers
