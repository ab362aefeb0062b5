// SPDX-License-Identifier: Apache-2.0
//
// care::MdtSuggestions on both engines: suggestions name people, so taking part in the meeting
// is not enough: the caller needs reach over every practice of its area (refused with nothing
// written; the request boundary records the refusal); each view is audited once with its count,
// and people already on the case list are left out.
#include "care/reviews/mdt_suggestion_service.hpp"

#include <gtest/gtest.h>

#include "care/mdt/mdt_test_fixture.hpp"
#include "core/error.hpp"

namespace lcn::integration {
namespace {

class MdtSuggestionServiceTest : public MdtApiTest {
 protected:
  care::MdtSuggestions Suggestions() { return care::MdtSuggestions(*db_, clock_, *findings_); }
};

TEST_P(MdtSuggestionServiceTest, AttendeeWithoutReachIsRefusedAndNothingIsAudited) {
  const auto coordinator = SignIn("coordinator.north");
  const MeetingId id(Schedule(coordinator, ids_.network_north));
  AddAttendee(coordinator, id.Value(), "social.worker");
  SetPlanReview(ids_.person_north, "2024-01-05");
  try {
    (void)Suggestions().For(Principal("social.worker"), id, 20);
    FAIL() << "an attendee without reach over the area saw its suggestions";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kForbidden);
    EXPECT_FALSE(e.Audited());
  }
  EXPECT_EQ(CountActionRows("mdt-suggestions", "allowed"), 0);

  const auto found = Suggestions().For(Principal("coordinator.north"), id, 20);
  EXPECT_EQ(found.due_by, "2024-01-10");
  ASSERT_EQ(found.items.size(), 1u);
  EXPECT_EQ(found.items[0].person.id, PersonId(ids_.person_north));
  ASSERT_EQ(found.items[0].reasons.size(), 1u);
  EXPECT_EQ(found.items[0].reasons[0].source, domain::MdtCaseSource::kReviewDue);
  EXPECT_EQ(CountActionRows("mdt-suggestions", "allowed"), 1);

  // Once on the case list, Doris is no longer suggested.
  AddCase(coordinator, id.Value(), ids_.person_north);
  EXPECT_TRUE(Suggestions().For(Principal("coordinator.north"), id, 20).items.empty());
  EXPECT_EQ(CountActionRows("mdt-suggestions", "allowed"), 2);
}

INSTANTIATE_TEST_SUITE_P(Engines, MdtSuggestionServiceTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
