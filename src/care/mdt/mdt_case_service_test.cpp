// SPDX-License-Identifier: Apache-2.0
//
// care::MdtCases on both engines: a refused read of a case is audited and committed; a refused
// addition leaves no case and its denied row; an invalid or stale outcome leaves no outcome and
// no task, with exactly the access row documented (one allowed row once access was decided,
// none when stale); a case stays on the list once the meeting is held.
#include "care/mdt/mdt_case_service.hpp"

#include <gtest/gtest.h>

#include "care/mdt/mdt_test_fixture.hpp"
#include "core/error.hpp"

namespace lcn::integration {
namespace {

class MdtCaseServiceTest : public MdtApiTest {
 protected:
  care::MdtCases Cases() { return care::MdtCases(*db_, clock_); }

  care::Meetings Meetings() { return care::Meetings(*db_, clock_); }

  // A meeting of the north network with social.worker invited and Doris on its case list.
  void SetUpMeeting() {
    const auto coordinator = SignIn("coordinator.north");
    meeting_ = MeetingId(Schedule(coordinator, ids_.network_north));
    attendee_ = AddAttendee(coordinator, meeting_.Value(), "social.worker");
    case_ = MdtCaseId(AddCase(coordinator, meeting_.Value(), ids_.person_north));
  }

  void Hold() {
    Meetings().ChangeState(Principal("coordinator.north"), meeting_, domain::MeetingState::kHeld, 1,
                           std::nullopt);
  }

  std::size_t CasesOnTheList() {
    std::size_t n = 0;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      n = store::MdtCaseRepository(tx).ForMeeting(meeting_).size();
    });
    return n;
  }

  std::optional<store::MdtCase> StoredCase() {
    std::optional<store::MdtCase> c;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly,
                            [&](auto& tx) { c = store::MdtCaseRepository(tx).Find(case_); });
    return c;
  }

  care::MdtOutcome Outcome(std::int64_t assignee_user) {
    care::MdtOutcome o;
    o.summary = "Two falls; refer for a care needs assessment";
    o.decision = domain::MdtDecision::kRefer;
    o.version = 1;
    store::Task action;
    action.title = "Medication review";
    action.assignee_user = UserId(assignee_user);
    o.actions.push_back(action);
    return o;
  }

  MeetingId meeting_;
  MdtCaseId case_;
  std::int64_t attendee_ = 0;
};

TEST_P(MdtCaseServiceTest, RefusedReadIsAuditedAndCommitted) {
  SetUpMeeting();
  Hold();
  // Recorded as absent, the social worker still takes part but no longer has the
  // mdt-case-list relationship with Doris.
  (void)Meetings().SetAttended(Principal("coordinator.north"), meeting_, attendee_, false);
  try {
    (void)Cases().Get(Principal("social.worker"), meeting_, case_);
    FAIL() << "an absent attendee read the case";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kForbidden);
    EXPECT_EQ(e.Kind(), "no-legitimate-relationship");
    EXPECT_TRUE(e.Audited());
  }
  EXPECT_EQ(CountAudit(ids_.person_north, "read-mdt-case", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "read-mdt-case", "allowed"), 0);
}

TEST_P(MdtCaseServiceTest, RefusedAdditionLeavesNoCaseAndItsDeniedRow) {
  SetUpMeeting();
  const auto coordinator = Principal("coordinator.north");
  // Winston is outside the coordinator's networks.
  try {
    (void)Cases().Add(coordinator, meeting_, PersonId(ids_.person_south),
                      domain::MdtCaseSource::kAddedByHand, "Falls");
    FAIL() << "a person outside the coordinator's relationships was added";
  } catch (const Error& e) {
    EXPECT_EQ(e.Kind(), "no-legitimate-relationship");
    EXPECT_TRUE(e.Audited());
  }
  // The attendee's case-list relationship is not a standing one.
  const MeetingId other(
      Schedule(SignIn("coordinator.north"), ids_.network_north, "2024-01-17T13:00:00Z"));
  AddAttendee(SignIn("coordinator.north"), other.Value(), "social.worker");
  try {
    (void)Cases().Add(Principal("social.worker"), other, PersonId(ids_.person_north),
                      domain::MdtCaseSource::kAddedByHand, "Discuss again");
    FAIL() << "a case-list relationship was chained to another list";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kForbidden);
    EXPECT_EQ(e.Kind(), "standing-relationship-needed");
    EXPECT_TRUE(e.Audited());
  }
  EXPECT_EQ(CasesOnTheList(), 1u);
  EXPECT_EQ(CountAudit(ids_.person_south, "mdt-add-case", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "mdt-add-case", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "mdt-add-case", "allowed"), 1);  // Doris, first list
}

TEST_P(MdtCaseServiceTest, InvalidOutcomeLeavesNoOutcomeNoTaskAndOneAllowedRow) {
  SetUpMeeting();
  Hold();
  const auto coordinator = Principal("coordinator.north");
  try {
    (void)Cases().RecordOutcome(coordinator, meeting_, case_, Outcome(999999));
    FAIL() << "an outcome with an unknown assignee was recorded";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kBadRequest);
    ASSERT_EQ(e.Issues().size(), 1u);
    EXPECT_EQ(e.Issues()[0].field, "actions[0].assignee");
  }
  const auto c = StoredCase();
  ASSERT_TRUE(c.has_value());
  EXPECT_FALSE(c->outcome_at.has_value());
  EXPECT_EQ(c->version, 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "record-mdt-outcome", "allowed"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "create-task", "allowed"), 0);
  // A stale version is refused before access is decided: nothing more is audited.
  auto stale = Outcome(UserIdOf("gp.north"));
  stale.version = 7;
  EXPECT_THROW((void)Cases().RecordOutcome(coordinator, meeting_, case_, stale), Error);
  EXPECT_EQ(CountAudit(ids_.person_north, "record-mdt-outcome", "allowed"), 1);
  // The valid outcome makes its task, audited.
  const auto recorded =
      Cases().RecordOutcome(coordinator, meeting_, case_, Outcome(UserIdOf("gp.north")));
  EXPECT_EQ(recorded.c.version, 2);
  EXPECT_EQ(recorded.tasks.size(), 1u);
  EXPECT_EQ(CountAudit(ids_.person_north, "create-task", "allowed"), 1);
}

TEST_P(MdtCaseServiceTest, CaseStaysOnTheListOnceTheMeetingIsHeld) {
  SetUpMeeting();
  Hold();
  try {
    Cases().Remove(Principal("coordinator.north"), meeting_, case_);
    FAIL() << "a case was taken off a held meeting's list";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kConflict);
    EXPECT_EQ(e.Kind(), "illegal-change");
    ASSERT_FALSE(e.Facts().empty());
    EXPECT_EQ(e.Facts()[0].text, "held");
  }
  EXPECT_EQ(CasesOnTheList(), 1u);
  EXPECT_EQ(CountAudit(ids_.person_north, "mdt-remove-case", "allowed"), 0);
  EXPECT_EQ(CountAudit(ids_.person_north, "mdt-remove-case", "denied"), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, MdtCaseServiceTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
