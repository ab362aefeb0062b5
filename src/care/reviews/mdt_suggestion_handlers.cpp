// SPDX-License-Identifier: Apache-2.0
//
// The REST edge of an MDT meeting's suggested cases: parse (limit, default 20), call
// care::MdtSuggestions, render. Who is suggested, who may ask, and the audit are the service's
// (mdt_suggestion_service.hpp).
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "api/query_params.hpp"
#include "care/mdt/mdt_json.hpp"
#include "care/reviews/mdt_suggestion_service.hpp"
#include "care/reviews/review_handlers.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

constexpr int kDefaultWorklistSuggestions = 20;
constexpr int kMaxWorklistSuggestions = 100;

}  // namespace

Response GetMdtSuggestions(const Request& req, const Call& call) {
  const MeetingId id(PathId(req.path_params.at("id")));
  IssueCollector issues;
  const int limit = IntQuery(req, "limit", 0, kMaxWorklistSuggestions, issues)
                        .value_or(kDefaultWorklistSuggestions);
  issues.ThrowIfAny("limit is not valid");
  const auto found =
      care::MdtSuggestions(call.services.db, call.services.clock, call.services.findings)
          .For(call.Who(), id, limit);
  json items = json::array();
  for (const auto& s : found.items) {
    json reasons = json::array();
    for (const auto& r : s.reasons) {
      reasons.push_back({{"source", domain::MdtCaseSourceName(r.source)}, {"reason", r.reason}});
    }
    items.push_back({{"person", PersonRefJson(s.person)}, {"reasons", reasons}});
  }
  return Json(200, {{"meetingId", id.Value()},
                    {"dueBy", found.due_by},
                    {"worklistAvailable", found.worklist_available},
                    {"items", items}});
}

}  // namespace lcn::api::handlers
