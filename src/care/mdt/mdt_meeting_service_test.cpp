// SPDX-License-Identifier: Apache-2.0
//
// care::Meetings on both engines: reading the case list decides and audits access to each
// person on it, and a person the caller may not see is withheld while the refusal's row
// commits; a caller outside the meeting is refused with nothing written (the request boundary
// records the refusal); a change the meeting's state does not allow, or an invalid attendee,
// leaves the meeting as it was.
#include "care/mdt/mdt_meeting_service.hpp"

#include <optional>

#include <gtest/gtest.h>

#include "care/mdt/mdt_test_fixture.hpp"
#include "core/error.hpp"

namespace lcn::integration {
namespace {

class MdtMeetingServiceTest : public MdtApiTest {
 protected:
  care::Meetings Meetings() { return care::Meetings(*db_, clock_); }

  int AuditRows() {
    int n = 0;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      tx.Query("SELECT COUNT(*) AS n FROM audit_events", {},
               [&](const sql::Row& r) { n = static_cast<int>(r.Int("n")); });
    });
    return n;
  }

  // A meeting of the north network with social.worker invited and Doris on its case list.
  MeetingId MeetingWithDoris() {
    const auto coordinator = SignIn("coordinator.north");
    const MeetingId id(Schedule(coordinator, ids_.network_north));
    attendee_ = AddAttendee(coordinator, id.Value(), "social.worker");
    AddCase(coordinator, id.Value(), ids_.person_north);
    return id;
  }

  std::int64_t attendee_ = 0;
};

TEST_P(MdtMeetingServiceTest, RefusedReadOfAPersonOnTheListIsWithheldAndItsRowCommits) {
  const MeetingId id = MeetingWithDoris();
  const auto coordinator = Principal("coordinator.north");
  Meetings().ChangeState(coordinator, id, domain::MeetingState::kHeld, 1, std::nullopt);
  // Recorded as absent, the social worker loses the mdt-case-list relationship with Doris but
  // still takes part in the meeting.
  (void)Meetings().SetAttended(coordinator, id, attendee_, false);
  const auto view = Meetings().Get(Principal("social.worker"), id);
  ASSERT_TRUE(view.cases.has_value());
  EXPECT_TRUE(view.cases->empty());
  EXPECT_EQ(view.withheld, 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "read-mdt-case", "denied"), 1);
}

TEST_P(MdtMeetingServiceTest, CallerOutsideTheMeetingIsRefusedAndNothingIsWritten) {
  const MeetingId id = MeetingWithDoris();
  const auto south = Principal("gp.south");
  const int rows = AuditRows();
  std::optional<Error> refused;
  try {
    (void)Meetings().Get(south, id);
  } catch (const Error& e) {
    refused = e;
  }
  ASSERT_TRUE(refused) << "a GP of another network read the meeting";
  EXPECT_EQ(refused->Code(), ErrorCode::kForbidden);
  EXPECT_FALSE(refused->Audited());  // the request boundary records it (api::Router)
  EXPECT_EQ(AuditRows(), rows);
  // Through the API the refusal is recorded once.
  const int before = CountActionRows("refuse", "denied");
  EXPECT_EQ(Get(MeetingPath(id.Value()), SignIn("gp.south")).status, 403);
  EXPECT_EQ(CountActionRows("refuse", "denied"), before + 1);
}

TEST_P(MdtMeetingServiceTest, IllegalStateChangeIsRefusedWithTheAllowedOnes) {
  const MeetingId id = MeetingWithDoris();
  const auto coordinator = Principal("coordinator.north");
  try {
    (void)Meetings().ChangeState(coordinator, id, domain::MeetingState::kClosed, 1, std::nullopt);
    FAIL() << "a scheduled meeting was closed";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kConflict);
    EXPECT_EQ(e.Kind(), "illegal-change");
    ASSERT_EQ(e.Facts().size(), 2u);
    EXPECT_EQ(e.Facts()[0].name, "from");
    EXPECT_EQ(e.Facts()[0].text, "scheduled");
    EXPECT_EQ(e.Facts()[1].name, "allowed");
    EXPECT_EQ(e.Facts()[1].texts, (std::vector<std::string>{"held", "cancelled"}));
  }
  const auto view = Meetings().Get(coordinator, id);
  EXPECT_EQ(view.meeting.state, domain::MeetingState::kScheduled);
  EXPECT_EQ(view.meeting.version, 1);
  EXPECT_EQ(view.history.size(), 1u);
}

TEST_P(MdtMeetingServiceTest, InvalidAttendeeOrAttendeeOfAHeldMeetingLeavesTheListAsItWas) {
  const MeetingId id = MeetingWithDoris();
  const auto coordinator = Principal("coordinator.north");
  store::MdtAttendee analyst;
  analyst.user = UserId(UserIdOf("analyst"));  // no mdt:read
  try {
    (void)Meetings().AddAttendee(coordinator, id, analyst);
    FAIL() << "an analyst was invited";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kBadRequest);
    ASSERT_EQ(e.Issues().size(), 1u);
    EXPECT_EQ(e.Issues()[0].field, "userId");
  }
  Meetings().ChangeState(coordinator, id, domain::MeetingState::kHeld, 1, std::nullopt);
  store::MdtAttendee guest;
  guest.guest_name = "Pat Lee";
  try {
    (void)Meetings().AddAttendee(coordinator, id, guest);
    FAIL() << "a guest was added to a held meeting";
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), "illegal-change");
  }
  EXPECT_EQ(Meetings().Get(coordinator, id).attendees.size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Engines, MdtMeetingServiceTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
