// SPDX-License-Identifier: Apache-2.0
//
// The REST edge of a person's care plan: parse the request, call care::CarePlans, render JSON.
#include "care/care_plans/care_plan_handlers.hpp"

#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "care/care_plans/care_plan.hpp"
#include "care/care_plans/care_plan_service.hpp"
#include "core/time_format.hpp"

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

}  // namespace

care::CarePlans Service(const Call& call) {
  return care::CarePlans(call.services.db, call.services.clock);
}

Response GetCarePlan(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  const auto read = Service(call).Current(call.Who(), id);
  return Json(200, VersionJson(id, read.version, read.today));
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
  const auto saved = Service(call).Save(call.Who(), id, std::move(content), note, *version);
  return Json(200, VersionJson(id, saved.version, saved.today));
}

Response ListCarePlanVersions(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  json versions = json::array();
  for (const auto& v : Service(call).Versions(call.Who(), id)) {
    versions.push_back(SummaryJson(v));
  }
  const std::int64_t current = versions.empty() ? 0 : versions[0]["version"].get<std::int64_t>();
  return Json(200, {{"personId", id.Value()}, {"currentVersion", current}, {"versions", versions}});
}

Response GetCarePlanVersion(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  const std::int64_t number = PathId(req.path_params.at("version"));
  const auto read = Service(call).Version(call.Who(), id, number);
  return Json(200, VersionJson(id, read.version, read.today));
}

}  // namespace lcn::api::handlers
