// SPDX-License-Identifier: Apache-2.0
#include "care/mdt/mdt_meeting_state.hpp"

#include <algorithm>

#include <gtest/gtest.h>

namespace lcn::domain {
namespace {

using S = MeetingState;

bool Allowed(S from, S to) {
  const auto next = AllowedMeetingChanges(from);
  return std::find(next.begin(), next.end(), to) != next.end();
}

TEST(MeetingState, ScheduledThenHeldThenClosedOrCancelledBeforehand) {
  EXPECT_TRUE(Allowed(S::kScheduled, S::kHeld));
  EXPECT_TRUE(Allowed(S::kScheduled, S::kCancelled));
  EXPECT_FALSE(Allowed(S::kScheduled, S::kClosed));  // hold it first
  EXPECT_TRUE(Allowed(S::kHeld, S::kClosed));
  EXPECT_FALSE(Allowed(S::kHeld, S::kCancelled));  // it happened
  EXPECT_FALSE(Allowed(S::kHeld, S::kScheduled));
  EXPECT_TRUE(AllowedMeetingChanges(S::kClosed).empty());
  EXPECT_TRUE(AllowedMeetingChanges(S::kCancelled).empty());
}

TEST(MeetingState, EachStatePermitsItsWork) {
  EXPECT_TRUE(CasesCanBeAdded(S::kScheduled));
  EXPECT_TRUE(CasesCanBeAdded(S::kHeld));  // raised in the meeting
  EXPECT_FALSE(CasesCanBeAdded(S::kClosed));
  EXPECT_FALSE(CasesCanBeAdded(S::kCancelled));
  EXPECT_TRUE(CasesCanBeRemoved(S::kScheduled));
  EXPECT_FALSE(CasesCanBeRemoved(S::kHeld));
  EXPECT_FALSE(OutcomesCanBeRecorded(S::kScheduled));
  EXPECT_TRUE(OutcomesCanBeRecorded(S::kHeld));
  EXPECT_FALSE(OutcomesCanBeRecorded(S::kClosed));
  EXPECT_TRUE(DetailsCanChange(S::kScheduled));
  EXPECT_FALSE(DetailsCanChange(S::kHeld));
}

TEST(MeetingState, NamesRoundTrip) {
  for (const S s : {S::kScheduled, S::kHeld, S::kClosed, S::kCancelled}) {
    EXPECT_EQ(ParseMeetingState(MeetingStateName(s)), s);
  }
  for (const auto d : AllMdtDecisions()) {
    EXPECT_EQ(ParseMdtDecision(MdtDecisionName(d)), d);
  }
  EXPECT_EQ(AllMdtDecisions().size(), 6U);
  EXPECT_EQ(ParseMdtCaseSource("mdt_review"), MdtCaseSource::kMdtReview);
  EXPECT_EQ(ParseMdtCaseSource("added_by_hand"), MdtCaseSource::kAddedByHand);
  EXPECT_FALSE(ParseMdtCaseSource("gossip").has_value());
  EXPECT_FALSE(ParseMdtDecision("discharge").has_value());
}

}  // namespace
}  // namespace lcn::domain
