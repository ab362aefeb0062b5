// SPDX-License-Identifier: Apache-2.0
#include "care/reviews/review_routes.hpp"

#include "care/reviews/review_handlers.hpp"
#include "care/reviews/review_schemas.hpp"

namespace lcn::api {

namespace {

// A whole number from `low` to `high`.
schema::Schema Between(int low, int high) {
  return {{"type", "integer"}, {"minimum", low}, {"maximum", high}};
}

}  // namespace

std::vector<Route> ReviewRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  return {
      {.method = M::kGet,
       .path = "/api/v1/mdt/meetings/{id}/suggestions",
       .permission = Permission::kMdtWrite,
       .person_data = true,
       .handler = h::GetMdtSuggestions,
       .operation_id = "getMdtSuggestions",
       .summary =
           "People the meeting might discuss, from its area: MDT and care plan reviews due by the "
           "meeting's day, open referrals, the top of the case-finding worklist; not people who "
           "had "
           "died or left their practice by that day (audited)",
       .tag = "mdt",
       .query = {{"limit", "at most this many from the worklist, 0-100 (default 20)", false,
                  Between(0, 100)}},
       .response = MdtSuggestionsSchema()},
      {.method = M::kGet,
       .path = "/api/v1/reviews",
       .permission = Permission::kMdtRead,
       .person_data = true,
       .handler = h::ListReviews,
       .operation_id = "listReviews",
       .summary =
           "Continual review: people whose care plan or MDT review is due within withinDays or "
           "overdue; yours as key worker, or an area's for its MDT (audited). Never people who "
           "have "
           "died; people who left their practice only on their key worker's list (leftPractice)",
       .tag = "mdt",
       .query = {{"box", "mine (default), or area with areaId", false, ReviewBoxSchema()},
                 {"areaId",
                  "instead of box: everyone at this area's practices (reach as worklists)", false,
                  schema::Id()},
                 {"withinDays", "due within this many days, 0-365 (default 14)", false,
                  Between(0, 365)}},
       .response = ReviewListSchema()},
  };
}

}  // namespace lcn::api
