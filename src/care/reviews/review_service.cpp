// SPDX-License-Identifier: Apache-2.0
#include "care/reviews/review_service.hpp"

#include "auth/person_access.hpp"
#include "care/mdt/mdt_access.hpp"
#include "extract/day.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::care {
namespace {

// The query for reviews due within `within_days` of today, for people alive today.
store::ReviewQuery DueWithin(std::int32_t today, int within_days) {
  store::ReviewQuery query;
  query.due_by = extract::FormatDay(today + within_days);
  query.alive_on = extract::FormatDay(today);
  return query;
}

}  // namespace

ReviewList Reviews::Mine(const auth::Principal& who, int within_days) const {
  const Micros now = clock_.Now();
  ReviewList list;
  list.today = extract::DayOf(now);
  store::ReviewQuery query = DueWithin(list.today, within_days);
  query.lead = who.user_id;
  list.due_by = query.due_by;
  store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    list.items.clear();
    list.withheld = 0;
    for (auto& d : store::ReviewRepository(tx).Due(query)) {
      if (auth::DecidePersonAccess(tx, who, d.person.id, "review-list", now)) {
        list.items.push_back(std::move(d));
      } else {
        ++list.withheld;
      }
    }
  });
  return list;
}

ReviewList Reviews::ForArea(const auth::Principal& who, AreaId area, int within_days) const {
  const Micros now = clock_.Now();
  ReviewList list;
  list.today = extract::DayOf(now);
  list.due_by = DueWithin(list.today, within_days).due_by;
  store::RunInTransaction(db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
    const AreaPracticeScope scope = AreaPractices(tx, who, area);
    store::ReviewQuery query = DueWithin(list.today, within_days);
    for (const auto& [ods, org] : scope.ids) {
      query.practices.push_back(org);
    }
    list.items = store::ReviewRepository(tx).Due(query);
    auth::AuditPersonAccess(
        tx, who, now,
        {"review-list", std::nullopt, "allowed", "continual review", std::nullopt,
         scope.description + "; due by " + query.due_by + "; " + std::to_string(list.items.size()) +
             " people"});
  });
  return list;
}

}  // namespace lcn::care
