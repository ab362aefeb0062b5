// SPDX-License-Identifier: Apache-2.0
//
// The outcome of one person's discussion at an MDT meeting: a summary, a decision, an optional
// next review date (which brings them back among a later meeting's suggestions) and actions.
// Each action becomes a task or referral (store/task_repository) requested by whoever records
// the outcome and linked to the case; the assignee finds it in their inbox. Recorded once the
// meeting is held and until it is closed; recording it again (with the current version)
// replaces summary, decision and date and adds the new actions' tasks; tasks already made are
// moved on through the task API. The recorder needs a relationship with the person (usually the
// mdt-case-list one); each decision and each task is audited.
#include "api/handlers/person_scope.hpp"
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "auth/person_access.hpp"
#include "care/mdt/mdt_access.hpp"
#include "care/mdt/mdt_case_repository.hpp"
#include "care/mdt/mdt_handlers.hpp"
#include "care/mdt/mdt_json.hpp"
#include "core/time_format.hpp"
#include "store/organisation_repository.hpp"
#include "store/run_in_transaction.hpp"
#include "store/user_repository.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

std::optional<std::string> Text(const json& o, const std::string& key, const std::string& path,
                                bool required, IssueCollector& issues) {
  const auto it = o.find(key);
  if (it == o.end() || it->is_null()) {
    if (required) {
      issues.Add(path + key, "is required");
    }
    return std::nullopt;
  }
  if (!it->is_string() || (required && it->get<std::string>().empty())) {
    issues.Add(path + key, required ? "is required (a string)" : "must be a string");
    return std::nullopt;
  }
  return it->get<std::string>();
}

// Reads one action (a JSON object) into a task; issues are named actions[i].field.
store::Task ReadAction(const json& a, std::size_t index, const std::string& today,
                       IssueCollector& issues) {
  const std::string path = "actions[" + std::to_string(index) + "].";
  store::Task t;
  if (!a.is_object()) {
    issues.Add("actions[" + std::to_string(index) + "]", "must be an object");
    return t;
  }
  for (const auto& [key, value] : a.items()) {
    if (key != "title" && key != "details" && key != "assignee" && key != "dueDate" &&
        key != "priority" && key != "service") {
      issues.Add(path + key, "is not a known field");
    }
  }
  t.title = Text(a, "title", path, true, issues).value_or("");
  t.details = Text(a, "details", path, false, issues);
  if (const auto due = Text(a, "dueDate", path, false, issues)) {
    if (!ParseDate(*due)) {
      issues.Add(path + "dueDate", "must be a real date written YYYY-MM-DD");
    } else if (*due < today) {
      issues.Add(path + "dueDate", "must not be in the past");
    }
    t.due_date = due;
  }
  if (const auto priority = Text(a, "priority", path, false, issues)) {
    const auto p = domain::ParseTaskPriority(*priority);
    if (!p) {
      issues.Add(path + "priority", "must be routine, soon or urgent");
    }
    t.priority = p.value_or(domain::TaskPriority::kRoutine);
  }
  if (const auto service = Text(a, "service", path, false, issues)) {
    t.service = domain::ParseReferralService(*service);
    if (!t.service) {
      issues.Add(path + "service", "must be one of " + domain::ReferralServices().Joined());
    }
    t.kind = domain::TaskKind::kReferral;
  }
  const auto assignee = a.find("assignee");
  int named = 0;
  if (assignee != a.end() && assignee->is_object()) {
    for (const auto& [key, value] : assignee->items()) {
      if (!value.is_number_integer() ||
          (key != "userId" && key != "teamId" && key != "organisationId")) {
        std::string field = path + "assignee.";
        field += key;
        issues.Add(std::move(field), "is not a known field or not a whole number");
        continue;
      }
      ++named;
      const std::int64_t id = value.get<std::int64_t>();
      if (key == "userId") {
        t.assignee_user = UserId(id);
      } else if (key == "teamId") {
        t.assignee_team = TeamId(id);
      } else {
        t.assignee_organisation = OrganisationId(id);
      }
    }
  }
  if (named != 1) {
    issues.Add(path + "assignee", "give exactly one of userId, teamId, organisationId");
  }
  return t;
}

// Error(kBadRequest) naming the action when its assignee does not exist (or is disabled).
void CheckAssignee(sql::Transaction& tx, const store::Task& t, std::size_t index) {
  const std::string field = "actions[" + std::to_string(index) + "].assignee";
  bool valid = true;
  if (t.assignee_user) {
    const auto u = store::UserRepository(tx).FindById(*t.assignee_user);
    valid = u && !u->disabled;
  } else if (t.assignee_team) {
    valid = store::TeamRepository(tx).FindById(*t.assignee_team).has_value();
  } else if (t.assignee_organisation) {
    valid = store::OrganisationRepository(tx).FindById(*t.assignee_organisation).has_value();
  }
  if (!valid) {
    throw Error(ErrorCode::kBadRequest, "an action's assignee is not valid",
                {{field, "must be an active member of staff, a team or an organisation"}});
  }
}

struct OutcomeBody {
  std::string summary;
  domain::MdtDecision decision = domain::MdtDecision::kNoChange;
  std::optional<std::string> next_review_date;
  std::int64_t version = 0;
  std::vector<store::Task> actions;
};

OutcomeBody ReadOutcome(const std::string& text, const std::string& today) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error&) {
    throw Error(ErrorCode::kBadRequest, "the body is not valid JSON");
  }
  if (!doc.is_object()) {
    throw Error(ErrorCode::kBadRequest, "the body must be a JSON object");
  }
  const json actions = doc.contains("actions") ? doc["actions"] : json::array();
  doc.erase("actions");
  JsonBody body(doc.dump());
  OutcomeBody out;
  out.summary = body.String("summary", true).value_or("");
  out.decision = body.Choice("decision", true, domain::MdtDecisions())
                     .value_or(domain::MdtDecision::kNoChange);
  out.next_review_date = body.String("nextReviewDate", false);
  if (out.next_review_date) {
    if (!ParseDate(*out.next_review_date)) {
      body.Invalid("nextReviewDate", "must be a real date written YYYY-MM-DD");
    } else if (*out.next_review_date <= today) {
      body.Invalid("nextReviewDate", "must be after today");
    } else if (out.decision == domain::MdtDecision::kDischargeFromMdt) {
      body.Invalid("nextReviewDate", "a person discharged from the MDT has no next review");
    }
  }
  out.version = body.Integer("version", true).value_or(0);
  IssueCollector issues;
  if (!actions.is_array()) {
    issues.Add("actions", "must be a list");
  } else {
    for (std::size_t i = 0; i < actions.size(); ++i) {
      out.actions.push_back(ReadAction(actions[i], i, today, issues));
    }
  }
  for (const auto& issue : issues.Issues()) {
    body.Invalid(issue.field, issue.message);
  }
  body.ThrowIfInvalid();
  return out;
}

}  // namespace

Response RecordMdtOutcome(const Request& req, const Call& call) {
  const std::int64_t id = PathId(req.path_params.at("id"));
  const std::int64_t case_id = PathId(req.path_params.at("caseId"));
  const Micros now = call.services.clock.Now();
  const std::string today = FormatDate(DateOf(now));
  const OutcomeBody body = ReadOutcome(req.body, today);
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const MeetingAccess access = OpenMeeting(tx, call, id);
    store::MdtCaseRepository cases(tx);
    auto c = cases.Find(case_id);
    if (!c || c->meeting != id) {
      throw Error(ErrorCode::kNotFound, "the meeting has no such case");
    }
    const domain::MeetingState state = access.meeting.state;
    if (!domain::OutcomesCanBeRecorded(state)) {
      return Problem(409, "illegal-change", "This change is not allowed",
                     "outcomes are recorded once the meeting is held and until it is closed; "
                     "this one is " +
                         std::string(domain::MeetingStateName(state)),
                     {{"from", domain::MeetingStateName(state)},
                      {"allowed", MeetingStateNames(domain::AllowedMeetingChanges(state))}});
    }
    const auto access_to_person =
        auth::DecidePersonAccess(tx, call.Who(), c->person.id, "record-mdt-outcome", now);
    if (!access_to_person) {
      return NoLegitimateRelationship(call, c->person.id);
    }
    for (std::size_t i = 0; i < body.actions.size(); ++i) {
      CheckAssignee(tx, body.actions[i], i);
    }
    c->summary = body.summary;
    c->decision = body.decision;
    c->next_review_date = body.next_review_date;
    c->version = body.version;
    cases.SaveOutcome(*c, call.Who().user_id, now);
    const std::string basis(store::RelationshipBasisName(access_to_person->basis));
    const std::string agreed = "Agreed at the MDT meeting \"" + access.meeting.title + "\" on " +
                               FormatDate(DateOf(access.meeting.starts_at)) + ".";
    store::TaskRepository tasks(tx);
    for (store::Task t : body.actions) {
      t.person = c->person.id;
      t.details = t.details ? *t.details + "\n\n" + agreed : agreed;
      t.requested_by = call.Who().user_id;
      t.requester_organisation = call.Who().organisation_id;
      const std::int64_t task = tasks.Create(t, now);
      cases.LinkTask(case_id, task);
      auth::AuditPersonAccess(
          tx, call.Who(), now,
          {"create-task", c->person.id.Value(), "allowed", basis, std::nullopt,
           "task " + std::to_string(task) + " from MDT case " + std::to_string(case_id)});
    }
    std::vector<store::Task> made;
    for (const std::int64_t t : cases.Tasks(case_id)) {
      if (auto task = tasks.Find(t)) {
        made.push_back(std::move(*task));
      }
    }
    return Json(200, CaseJson(*cases.Find(case_id), made));
  });
}

}  // namespace lcn::api::handlers
