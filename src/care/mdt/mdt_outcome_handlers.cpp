// SPDX-License-Identifier: Apache-2.0
//
// The REST edge of an MDT case's outcome: read the body (a summary, a decision, an optional
// next review date and actions, each field problem named by its path), call
// care::MdtCases::RecordOutcome (which makes each action a task), render the case.
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "care/mdt/mdt_case_service.hpp"
#include "care/mdt/mdt_handlers.hpp"
#include "care/mdt/mdt_json.hpp"
#include "core/time_format.hpp"

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

care::MdtOutcome ReadOutcome(const std::string& text, const std::string& today) {
  json doc = ParseRequestJson(text);
  const json actions = doc.contains("actions") ? doc["actions"] : json::array();
  doc.erase("actions");
  JsonBody body(doc.dump());
  care::MdtOutcome out;
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
  const MeetingId id(PathId(req.path_params.at("id")));
  const MdtCaseId case_id(PathId(req.path_params.at("caseId")));
  const std::string today = FormatDate(DateOf(call.services.clock.Now()));
  const care::MdtOutcome outcome = ReadOutcome(req.body, today);
  const auto recorded = care::MdtCases(call.services.db, call.services.clock)
                            .RecordOutcome(call.Who(), id, case_id, outcome);
  return Json(200, CaseJson(recorded));
}

}  // namespace lcn::api::handlers
