// SPDX-License-Identifier: Apache-2.0
//
// The REST edge of continual review lists: parse (withinDays, default 14; box=mine, or areaId
// for an area's list), call care::Reviews, render. Who is listed, and the audit, are the
// service's (review_service.hpp).
#include "care/reviews/review_handlers.hpp"

#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "api/query_params.hpp"
#include "care/mdt/mdt_json.hpp"
#include "care/reviews/review_service.hpp"
#include "core/time_format.hpp"
#include "extract/day.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

constexpr int kDefaultWithinDays = 14;
constexpr int kMaxWithinDays = 365;

json ReviewJson(const store::ReviewDue& d, std::int32_t today) {
  const std::int32_t due = *extract::ParseDay(d.DueDate());
  json sources = json::array();
  if (d.plan_review_date) {
    sources.push_back({{"source", "care_plan"}, {"dueDate", *d.plan_review_date}});
  }
  if (d.mdt_review_date) {
    sources.push_back({{"source", "mdt"},
                       {"dueDate", *d.mdt_review_date},
                       {"caseId", d.mdt_case ? json(d.mdt_case->Value()) : json(nullptr)}});
  }
  json j = {
      {"person", PersonRefJson(d.person)},
      {"practice", d.practice_name ? json(*d.practice_name) : json(nullptr)},
      {"keyWorker", d.lead ? json{{"userId", d.lead->Value()}, {"name", d.lead_name.value_or("")}}
                           : json(nullptr)},
      {"dueDate", d.DueDate()},
      {"overdue", due < today},
      {"days", due - today},
      {"sources", sources},
      {"leftPractice", d.left_practice ? json(*d.left_practice) : json(nullptr)},
      {"nextMeeting", nullptr}};
  if (d.next_meeting && d.next_meeting_starts_at) {
    j["nextMeeting"] = {{"id", d.next_meeting->Value()},
                        {"startsAt", FormatInstant(*d.next_meeting_starts_at)}};
  }
  return j;
}

}  // namespace

Response ListReviews(const Request& req, const Call& call) {
  IssueCollector issues;
  const int within =
      IntQuery(req, "withinDays", 0, kMaxWithinDays, issues).value_or(kDefaultWithinDays);
  issues.ThrowIfAny("withinDays is not valid");
  const auto area_text = req.Query("areaId");
  const std::string box = req.Query("box").value_or(area_text ? "area" : "mine");
  if (area_text ? box != "area" : box != "mine") {
    throw Error(ErrorCode::kBadRequest, "give box=mine, or areaId for an area's list",
                {{"box", "must be mine, or left out with areaId"}});
  }
  const care::Reviews reviews(call.services.db, call.services.clock);
  const care::ReviewList list =
      area_text ? reviews.ForArea(call.Who(), AreaId(PositiveIdParam("areaId", *area_text)), within)
                : reviews.Mine(call.Who(), within);
  json items = json::array();
  for (const auto& d : list.items) {
    items.push_back(ReviewJson(d, list.today));
  }
  return Json(
      200, {{"box", box}, {"dueBy", list.due_by}, {"items", items}, {"withheld", list.withheld}});
}

}  // namespace lcn::api::handlers
