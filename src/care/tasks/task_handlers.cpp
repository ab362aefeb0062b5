// SPDX-License-Identifier: Apache-2.0
//
// Tasks and referrals between people, teams and organisations. The requester needs a care
// relationship with the person; the assignee sees the task in their inbox (mine, my teams, my
// organisation) and moves it on: accept, decline with a reason, start, complete with an
// outcome; the requester may cancel while it is open and sees the outcome. Accepting a referral
// puts the assignee in the person's care team. Illegal changes are 409 with the allowed ones.
#include "care/tasks/task_handlers.hpp"

#include <algorithm>

#include "api/handlers/person_scope.hpp"
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "auth/person_access.hpp"
#include "care/care_team/care_team_repository.hpp"
#include "care/tasks/task_repository.hpp"
#include "core/time_format.hpp"
#include "extract/day.hpp"
#include "store/organisation_repository.hpp"
#include "store/person_repository.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

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
  json j = {{"id", t.id},
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

// What `who` may do to `t`: as assignee, as requester, both or neither.
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

}  // namespace

Response CreateTask(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  store::Task t;
  t.person = id;
  if (const auto kind = body.String("kind", true)) {
    if (const auto k = domain::ParseTaskKind(*kind)) {
      t.kind = *k;
    } else {
      body.Invalid("kind", "must be task or referral");
    }
  }
  t.title = body.String("title", true).value_or("");
  t.details = body.String("details", false);
  if (const auto service = body.String("service", false)) {
    t.service = domain::ParseReferralService(*service);
    if (!t.service) {
      body.Invalid("service",
                   "must be one of community_nursing, adult_social_care, "
                   "mental_health, voluntary_sector, social_prescribing, other");
    }
  } else if (t.kind == domain::TaskKind::kReferral) {
    body.Invalid("service", "is required for a referral");
  }
  if (const auto priority = body.String("priority", false)) {
    if (const auto p = domain::ParseTaskPriority(*priority)) {
      t.priority = *p;
    } else {
      body.Invalid("priority", "must be routine, soon or urgent");
    }
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
  t.requested_by = call.Who().user_id;
  t.requester_organisation = call.Who().organisation_id;
  return WithPersonAccess(call, id, "create-task", [&](auto& tx, Micros now) {
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
    store::TaskRepository tasks(tx);
    const std::int64_t task = tasks.Create(t, now);
    return Json(201, TaskJson(*tasks.Find(task), Today(call)));
  });
}

Response ListPersonTasks(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  return WithPersonAccess(call, id, "read-tasks", [&](auto& tx, Micros) {
    json items = json::array();
    for (const auto& t : store::TaskRepository(tx).ForPerson(id)) {
      items.push_back(TaskJson(t, Today(call)));
    }
    return Json(200, {{"items", items}});
  });
}

Response TaskInbox(const Request& req, const Call& call) {
  store::TaskFilter filter;
  const std::string box = req.Query("box").value_or("mine");
  if (box == "mine") {
    filter.box = store::TaskBox::kMine;
  } else if (box == "teams") {
    filter.box = store::TaskBox::kTeams;
  } else if (box == "organisation") {
    filter.box = store::TaskBox::kOrganisation;
  } else if (box == "sent") {
    filter.box = store::TaskBox::kSent;
  } else {
    throw Error(ErrorCode::kBadRequest, "box must be mine, teams, organisation or sent",
                {{"box", "must be mine, teams, organisation or sent"}});
  }
  filter.open_only = req.Query("open").value_or("true") != "false";
  if (req.Query("overdue") == "true") {
    filter.overdue_before = Today(call);
  }
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadOnly, [&](auto& tx) {
    json items = json::array();
    for (const auto& t :
         store::TaskRepository(tx).Inbox(call.Who().user_id, call.Who().organisation_id, filter)) {
      items.push_back(TaskJson(t, Today(call)));
    }
    return Json(200, {{"box", box}, {"items", items}});
  });
}

Response GetTask(const Request& req, const Call& call) {
  const std::int64_t id = PathId(req.path_params.at("taskId"));
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    store::TaskRepository tasks(tx);
    const auto t = tasks.Find(id);
    if (!t) {
      return Problem(404, "not-found", "Not found", "no such task");
    }
    const Roles roles = RolesOf(tasks, *t, call.Who());
    if (!roles.assignee && !roles.requester &&
        !auth::DecidePersonAccess(tx, call.Who(), t->person, "read-task", now)) {
      return Problem(403, "not-your-task", "Not your task",
                     "only the requester, the assignee or the person's care team can see it");
    }
    json j = TaskJson(*t, Today(call));
    json history = json::array();
    for (const auto& e : tasks.History(id)) {
      history.push_back({{"from", e.from ? json(domain::TaskStateName(*e.from)) : json(nullptr)},
                         {"to", domain::TaskStateName(e.to)},
                         {"note", e.note ? json(*e.note) : json(nullptr)},
                         {"by", e.changed_by_name ? json(*e.changed_by_name) : json(nullptr)},
                         {"at", FormatInstant(e.changed_at)}});
    }
    j["history"] = history;
    j["allowed"] = StateNames(AllowedFor(roles, t->state));
    return Json(200, j);
  });
}

Response ChangeTaskState(const Request& req, const Call& call) {
  const std::int64_t id = PathId(req.path_params.at("taskId"));
  JsonBody body(req.body);
  const auto state_text = body.String("state", true);
  const auto version = body.Integer("version", true);
  const auto note = body.String("note", false);
  std::optional<TaskState> to;
  if (state_text) {
    to = domain::ParseTaskState(*state_text);
    if (!to) {
      body.Invalid("state", "must be accepted, declined, in_progress, completed or cancelled");
    }
  }
  if (to == TaskState::kDeclined && (!note || note->empty())) {
    body.Invalid("note", "is required to decline: the reason, for the requester");
  }
  body.ThrowIfInvalid();
  const Micros now = call.services.clock.Now();
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    store::TaskRepository tasks(tx);
    const auto t = tasks.Find(id);
    if (!t) {
      return Problem(404, "not-found", "Not found", "no such task");
    }
    const Roles roles = RolesOf(tasks, *t, call.Who());
    if (!roles.assignee && !roles.requester) {
      return Problem(403, "not-your-task", "Not your task",
                     "only the assignee or the requester can change a task");
    }
    const std::vector<TaskState> allowed = AllowedFor(roles, t->state);
    if (std::find(allowed.begin(), allowed.end(), *to) == allowed.end()) {
      return Problem(409, "illegal-change", "This change is not allowed",
                     "a " + std::string(domain::TaskStateName(t->state)) + " " +
                         std::string(domain::TaskKindName(t->kind)) + " cannot become " +
                         std::string(domain::TaskStateName(*to)) + " by you",
                     {{"from", domain::TaskStateName(t->state)}, {"allowed", StateNames(allowed)}});
    }
    tasks.ChangeState(*t, *to, *version, note, call.Who().user_id, now);
    auth::AuditPersonAccess(tx, call.Who(), now,
                            {"task-" + std::string(domain::TaskStateName(*to)), t->person.Value(),
                             "allowed", std::string(roles.assignee ? "assignee" : "requester"),
                             std::nullopt, "task " + std::to_string(id)});
    // Accepting a referral puts the assignee in the person's care team.
    if (*to == TaskState::kAccepted && t->kind == domain::TaskKind::kReferral) {
      store::CareTeamRepository team(tx);
      if (!team.FindActive(t->person, t->assignee_user, t->assignee_team,
                           t->assignee_organisation)) {
        store::CareTeamMember m;
        m.person = t->person;
        m.user = t->assignee_user;
        m.team = t->assignee_team;
        m.organisation = t->assignee_organisation;
        m.role = t->service ? std::string(domain::ReferralServiceLabel(*t->service)) : t->title;
        m.added_by = call.Who().user_id;
        team.Add(m, now);
      }
    }
    return Json(200, TaskJson(*tasks.Find(id), Today(call)));
  });
}

}  // namespace lcn::api::handlers
