// SPDX-License-Identifier: Apache-2.0
//
// Two views of a person's care plan: the readable difference between two versions, and the
// printable copy for the person (a self-contained HTML page).
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "care/care_plans/care_plan_handlers.hpp"
#include "care/care_plans/care_plan_service.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

// The version number in query parameter `name`, if given: a whole number ≥ 0 (400 otherwise).
std::optional<std::int64_t> VersionParam(const Request& req, const std::string& name) {
  const auto text = req.Query(name);
  if (!text) {
    return std::nullopt;
  }
  const bool digits = !text->empty() && text->size() <= 9 &&
                      text->find_first_not_of("0123456789") == std::string::npos;
  if (!digits) {
    throw Error(ErrorCode::kBadRequest, "the version is not valid",
                {{name, "must be a version number (0 or more)"}});
  }
  const std::int64_t value = std::stoll(*text);
  return value;
}

}  // namespace

Response GetCarePlanVocabulary(const Request& /*req*/, const Call& /*call*/) {
  const auto terms = [](const std::vector<domain::Term>& list) {
    json out = json::array();
    for (const auto& t : list) {
      out.push_back({{"code", t.code}, {"label", t.label}});
    }
    return out;
  };
  const domain::CarePlanVocabulary v = domain::CarePlanTerms();
  return Json(200, {{"needDomains", terms(v.need_domains)},
                    {"actionStatuses", terms(v.action_statuses)},
                    {"planStatuses", terms(v.plan_statuses)},
                    {"agreedWith", terms(v.agreed_with)},
                    {"agreedHow", terms(v.agreed_how)},
                    {"ownerKinds", terms(v.owner_kinds)},
                    {"limits",
                     {{"itemsPerSection", domain::kMaxCarePlanItems},
                      {"textLength", domain::kMaxCarePlanText}}}});
}

Response DiffCarePlan(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  const auto from = VersionParam(req, "from");
  const auto to = VersionParam(req, "to");
  const auto change =
      care::CarePlans(call.services.db, call.services.clock).Diff(call.Who(), id, from, to);
  json out = domain::CarePlanDiffJson(change.diff);
  out["personId"] = id.Value();
  out["from"] = change.from;
  out["to"] = change.to;
  return Json(200, out);
}

Response PrintCarePlan(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  const auto version = VersionParam(req, "version");
  const auto print =
      care::CarePlans(call.services.db, call.services.clock).Print(call.Who(), id, version);
  Response r;
  r.status = 200;
  r.content_type = "text/html; charset=utf-8";
  r.body = print.html;
  r.headers.emplace("Cache-Control", "no-store");
  return r;
}

}  // namespace lcn::api::handlers
