// SPDX-License-Identifier: Apache-2.0
//
// Continual review lists: people whose care plan review date, or the next review date set by
// their latest MDT outcome, falls within the next `withinDays` days (default 14) or has passed.
// box=mine lists the people whose key worker (enrolment lead professional) is the caller, each
// an audited access decision (people outside the caller's relationships are withheld and
// counted); areaId lists everyone registered at an area's practices for its MDT, with the same
// reach as worklists, audited once with the count. People who have died (on or before today)
// are on neither list; people who have left their practice are on no area's list, and stay on
// their key worker's, marked with the day they left, until the enrolment is closed.

#include "care/reviews/review_handlers.hpp"

#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "api/query_params.hpp"
#include "auth/person_access.hpp"
#include "care/mdt/mdt_access.hpp"
#include "care/mdt/mdt_json.hpp"
#include "care/reviews/review_repository.hpp"
#include "core/time_format.hpp"
#include "extract/day.hpp"
#include "store/area_repository.hpp"
#include "store/run_in_transaction.hpp"

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
    sources.push_back(
        {{"source", "mdt"}, {"dueDate", *d.mdt_review_date}, {"caseId", OrNull(d.mdt_case)}});
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
    j["nextMeeting"] = {{"id", *d.next_meeting},
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
  std::optional<AreaId> area;
  if (area_text) {
    area = AreaId(PositiveIdParam("areaId", *area_text));
  }
  const Micros now = call.services.clock.Now();
  const std::int32_t today = extract::DayOf(now);
  store::ReviewQuery query;
  query.due_by = extract::FormatDay(today + within);
  query.alive_on = extract::FormatDay(today);
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    json items = json::array();
    int withheld = 0;
    if (area) {
      if (!store::AreaRepository(tx).FindById(*area)) {
        throw Error(ErrorCode::kNotFound, "no such area");
      }
      const WorklistScope scope = AreaPractices(tx, call, *area);
      for (const auto& [ods, org] : scope.ids) {
        query.practices.push_back(org);
      }
      for (const auto& d : store::ReviewRepository(tx).Due(query)) {
        items.push_back(ReviewJson(d, today));
      }
      auth::AuditPersonAccess(
          tx, call.Who(), now,
          {"review-list", std::nullopt, "allowed", "continual review", std::nullopt,
           scope.description + "; due by " + query.due_by + "; " + std::to_string(items.size()) +
               " people"});
    } else {
      query.lead = call.Who().user_id;
      for (const auto& d : store::ReviewRepository(tx).Due(query)) {
        if (auth::DecidePersonAccess(tx, call.Who(), d.person.id, "review-list", now)) {
          items.push_back(ReviewJson(d, today));
        } else {
          ++withheld;
        }
      }
    }
    return Json(200,
                {{"box", box}, {"dueBy", query.due_by}, {"items", items}, {"withheld", withheld}});
  });
}

}  // namespace lcn::api::handlers
