// SPDX-License-Identifier: Apache-2.0
//
// care::Reviews on both engines: a key worker's list never shows a person the relationship rule
// refuses (the person is withheld and the refusal's row commits with the list); an area's list
// needs reach over its practices (refused with nothing written; the request boundary records
// the refusal) and is audited once with its count.
#include "care/reviews/review_service.hpp"

#include <gtest/gtest.h>

#include "care/mdt/mdt_test_fixture.hpp"
#include "core/error.hpp"

namespace lcn::integration {
namespace {

class ReviewServiceTest : public MdtApiTest {
 protected:
  care::Reviews Reviews() { return care::Reviews(*db_, clock_); }

  // Makes `lead` the person's key worker (enrolment state invited), as `by`.
  void SetKeyWorker(std::int64_t person, const std::string& lead, const std::string& by) {
    const auto r = Put("/api/v1/people/" + std::to_string(person) + "/enrolment",
                       {{"state", "invited"}, {"leadUserId", UserIdOf(lead)}}, SignIn(by));
    ASSERT_EQ(r.status, 200) << r.body;
  }
};

TEST_P(ReviewServiceTest, RefusedPersonIsWithheldAndTheRefusalIsCommitted) {
  // Winston's practice names the council's social worker as key worker, but they are not in
  // his care team; Doris's names the coordinator, who reaches her practice.
  SetKeyWorker(ids_.person_south, "social.worker", "gp.south");
  SetPlanReview(ids_.person_south, "2024-01-03");
  const auto list = Reviews().Mine(Principal("social.worker"), 14);
  EXPECT_TRUE(list.items.empty());
  EXPECT_EQ(list.withheld, 1);
  EXPECT_EQ(list.due_by, "2024-01-15");
  EXPECT_EQ(CountAudit(ids_.person_south, "review-list", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_south, "review-list", "allowed"), 0);

  SetKeyWorker(ids_.person_north, "coordinator.north", "gp.north");
  SetPlanReview(ids_.person_north, "2024-01-10");
  const auto mine = Reviews().Mine(Principal("coordinator.north"), 14);
  ASSERT_EQ(mine.items.size(), 1u);
  EXPECT_EQ(mine.items[0].person.id, PersonId(ids_.person_north));
  EXPECT_EQ(mine.withheld, 0);
  EXPECT_EQ(CountAudit(ids_.person_north, "review-list", "allowed"), 1);
}

TEST_P(ReviewServiceTest, AreaListNeedsReachAndIsAuditedOnce) {
  SetPlanReview(ids_.person_north, "2024-01-10");
  const auto south = Principal("gp.south");
  try {
    (void)Reviews().ForArea(south, AreaId(ids_.network_north), 14);
    FAIL() << "a GP of another network read the area's list";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kForbidden);
    EXPECT_FALSE(e.Audited());  // the request boundary records it (api::Router)
  }
  EXPECT_EQ(CountActionRows("review-list", "allowed"), 0);
  try {
    (void)Reviews().ForArea(south, AreaId(999999), 14);
    FAIL() << "an unknown area was listed";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kNotFound);
  }
  const auto list = Reviews().ForArea(Principal("gp.north"), AreaId(ids_.network_north), 14);
  ASSERT_EQ(list.items.size(), 1u);
  EXPECT_EQ(list.items[0].person.id, PersonId(ids_.person_north));
  EXPECT_EQ(CountActionRows("review-list", "allowed", "continual review"), 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, ReviewServiceTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
