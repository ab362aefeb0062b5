// SPDX-License-Identifier: Apache-2.0
//
// Reading and saving a person's care plan, and its versions. The owners of actions that name a
// member of staff, a team or an organisation are checked here (they must exist; a member of
// staff who has left may only own finished actions) and their names written into the plan.
#include "api/handlers/care_plan_handlers.hpp"

#include "api/handlers/person_scope.hpp"
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "core/time_format.hpp"
#include "domain/care_plan.hpp"
#include "store/care_plan_repository.hpp"
#include "store/organisation_repository.hpp"
#include "store/user_repository.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

json VersionJson(PersonId person, const std::optional<store::CarePlanVersion>& v,
                 const std::string& today) {
  const auto& content = v && v->content ? *v->content : domain::EmptyCarePlan();
  return {
      {"personId", person.Value()},
      {"version", v ? v->version : 0},
      {"status", v ? json(domain::CarePlanStatusName(v->status)) : json(nullptr)},
      {"content", domain::CarePlanContentJson(content)},
      {"reviewDate", OrNull(content.review_date)},
      {"reviewDue", content.review_date.has_value() && *content.review_date <= today},
      {"recordedBy", v ? json{{"id", v->recorded_by.Value()}, {"displayName", v->recorded_by_name}}
                       : json(nullptr)},
      {"recordedAt", v ? json(FormatInstant(v->recorded_at)) : json(nullptr)},
      {"changeNote", v ? OrNull(v->change_note) : json(nullptr)},
  };
}

json SummaryJson(const store::CarePlanVersion& v) {
  const auto& a = v.agreement;
  return {{"version", v.version},
          {"status", domain::CarePlanStatusName(v.status)},
          {"agreedWith", domain::AgreedWithName(a.with)},
          {"agreedHow", a.how ? json(domain::AgreedHowName(*a.how)) : json(nullptr)},
          {"agreedOn", OrNull(a.agreed_on)},
          {"reviewDate", OrNull(v.review_date)},
          {"recordedBy", {{"id", v.recorded_by.Value()}, {"displayName", v.recorded_by_name}}},
          {"recordedAt", FormatInstant(v.recorded_at)},
          {"changeNote", OrNull(v.change_note)}};
}

// Checks each action's owner of kind user, team or organisation and fills in its name.
void ResolveOwners(sql::Transaction& tx, domain::CarePlanContent& content, IssueCollector& issues) {
  using domain::OwnerKind;
  for (std::size_t i = 0; i < content.actions.size(); ++i) {
    auto& action = content.actions[i];
    auto& owner = action.owner;
    const std::string at = "content.actions[" + std::to_string(i) + "].owner.id";
    if (owner.kind == OwnerKind::kUser) {
      const auto user = store::UserRepository(tx).FindById(UserId(*owner.id));
      const bool open = action.status == domain::ActionStatus::kPlanned ||
                        action.status == domain::ActionStatus::kInProgress;
      if (!user) {
        issues.Add(at, "must be the id of a member of staff");
      } else if (user->disabled && open) {
        issues.Add(at,
                   "names a member of staff who can no longer sign in; give the action to "
                   "someone else");
      } else {
        owner.name = user->display_name;
      }
    } else if (owner.kind == OwnerKind::kTeam) {
      const auto team = store::TeamRepository(tx).FindById(TeamId(*owner.id));
      if (team) {
        owner.name = team->name;
      } else {
        issues.Add(at, "must be the id of a team");
      }
    } else if (owner.kind == OwnerKind::kOrganisation) {
      const auto org = store::OrganisationRepository(tx).FindById(OrganisationId(*owner.id));
      if (org) {
        owner.name = org->name;
      } else {
        issues.Add(at, "must be the id of an organisation");
      }
    }
  }
}

Response Stale(std::int64_t current, std::int64_t sent) {
  return Problem(409, "conflict", "The plan has changed",
                 current == 0
                     ? "this person has no plan yet; send version 0 to write the first"
                     : "the plan was changed by someone else since you read it (it is "
                       "now version " +
                           std::to_string(current) + "); reload it and apply your change again",
                 {{"currentVersion", current}, {"version", sent}});
}

std::string Today(const Call& call) {
  return FormatDate(DateOf(call.services.clock.Now()));
}

}  // namespace

Response GetCarePlan(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  return WithPersonAccess(call, id, "read-care-plan", [&](auto& tx, Micros) {
    return Json(200, VersionJson(id, store::CarePlanRepository(tx).FindCurrent(id), Today(call)));
  });
}

Response SaveCarePlan(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  const auto content_json = body.Object("content", true);
  const auto note = body.String("changeNote", false);
  const auto version = body.Integer("version", true);
  const Date today = DateOf(call.services.clock.Now());
  IssueCollector issues;
  domain::CarePlanContent content;
  if (content_json) {
    content = domain::ReadCarePlanContent(*content_json, "content", today, issues);
  }
  for (const auto& issue : issues.Issues()) {
    body.Invalid(issue.field, issue.message);
  }
  if (version && *version < 0) {
    body.Invalid("version", "must be 0 for the first plan, otherwise the version you read");
  }
  if (note && note->size() > domain::kMaxCarePlanText) {
    body.Invalid("changeNote", "is too long");
  }
  body.ThrowIfInvalid();
  return WithPersonAccess(call, id, "update-care-plan", [&](auto& tx, Micros now) {
    store::CarePlanRepository plans(tx);
    const auto current = plans.FindCurrent(id);
    const std::int64_t current_version = current ? current->version : 0;
    if (*version != current_version) {
      return Stale(current_version, *version);
    }
    domain::CarePlanContent plan = content;  // this attempt's copy (the transaction may re-run)
    IssueCollector owners;
    ResolveOwners(tx, plan, owners);
    if (!owners.Empty()) {
      // Returned, not thrown: the access decision above stays audited; nothing is written.
      return ProblemFor(Error(ErrorCode::kBadRequest, "the plan is not valid", owners.Issues()));
    }
    domain::AssignMissingIds(plan, current_version + 1);
    const std::string today_text = FormatDate(today);
    if (current &&
        domain::CarePlanContentJson(*current->content) == domain::CarePlanContentJson(plan)) {
      return Json(200, VersionJson(id, current, today_text));  // nothing changed: no new version
    }
    const auto note_or_null = note && !note->empty() ? note : std::nullopt;
    if (!plans.Save(id, plan, note_or_null, current_version, call.Who().user_id, now)) {
      const auto now_current = plans.FindCurrent(id);
      return Stale(now_current ? now_current->version : 0, *version);
    }
    return Json(200, VersionJson(id, plans.FindCurrent(id), today_text));
  });
}

Response ListCarePlanVersions(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  return WithPersonAccess(call, id, "read-care-plan", [&](auto& tx, Micros) {
    json versions = json::array();
    for (const auto& v : store::CarePlanRepository(tx).Versions(id)) {
      versions.push_back(SummaryJson(v));
    }
    const std::int64_t current = versions.empty() ? 0 : versions[0]["version"].get<std::int64_t>();
    return Json(200,
                {{"personId", id.Value()}, {"currentVersion", current}, {"versions", versions}});
  });
}

Response GetCarePlanVersion(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  const std::int64_t number = PathId(req.path_params.at("version"));
  return WithPersonAccess(call, id, "read-care-plan", [&](auto& tx, Micros) {
    const auto v = store::CarePlanRepository(tx).FindVersion(id, number);
    if (!v) {
      return Problem(404, "not-found", "Not found", "this plan has no such version");
    }
    return Json(200, VersionJson(id, v, Today(call)));
  });
}

}  // namespace lcn::api::handlers
