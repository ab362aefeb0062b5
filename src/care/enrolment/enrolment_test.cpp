// SPDX-License-Identifier: Apache-2.0
#include "care/enrolment/enrolment.hpp"

#include <algorithm>

#include <gtest/gtest.h>

namespace lcn::domain {
namespace {

using S = EnrolmentState;

bool Allowed(std::optional<S> from, S to) {
  const auto next = AllowedEnrolmentChanges(from);
  return std::find(next.begin(), next.end(), to) != next.end();
}

TEST(Enrolment, TheWayThroughIsIdentifiedInvitedThenEnrolledOrDeclined) {
  EXPECT_TRUE(Allowed(std::nullopt, S::kIdentified));
  EXPECT_TRUE(Allowed(std::nullopt, S::kInvited));
  EXPECT_FALSE(Allowed(std::nullopt, S::kEnrolled));  // agreement comes after an invitation
  EXPECT_TRUE(Allowed(S::kIdentified, S::kInvited));
  EXPECT_FALSE(Allowed(S::kIdentified, S::kEnrolled));
  EXPECT_TRUE(Allowed(S::kInvited, S::kEnrolled));
  EXPECT_TRUE(Allowed(S::kInvited, S::kDeclined));
  EXPECT_TRUE(Allowed(S::kEnrolled, S::kClosed));
  EXPECT_FALSE(Allowed(S::kEnrolled, S::kDeclined));
  EXPECT_FALSE(Allowed(S::kClosed, S::kEnrolled));
  EXPECT_TRUE(Allowed(S::kDeclined, S::kInvited));  // asked again later
  for (const S s : {S::kIdentified, S::kInvited, S::kEnrolled, S::kDeclined, S::kClosed}) {
    EXPECT_FALSE(Allowed(s, s)) << EnrolmentStateName(s);
  }
}

TEST(Enrolment, TheLeadMayChangeWhileThePersonIsInCareCoordination) {
  EXPECT_TRUE(LeadMayChangeIn(EnrolmentState::kIdentified));
  EXPECT_TRUE(LeadMayChangeIn(EnrolmentState::kInvited));
  EXPECT_TRUE(LeadMayChangeIn(EnrolmentState::kEnrolled));
  EXPECT_FALSE(LeadMayChangeIn(EnrolmentState::kDeclined));
  EXPECT_FALSE(LeadMayChangeIn(EnrolmentState::kClosed));
}

TEST(Enrolment, NamesRoundTrip) {
  for (const S s : {S::kIdentified, S::kInvited, S::kEnrolled, S::kDeclined, S::kClosed}) {
    EXPECT_EQ(ParseEnrolmentState(EnrolmentStateName(s)), s);
  }
  EXPECT_FALSE(ParseEnrolmentState("Enrolled").has_value());
  EXPECT_EQ(ParseAgreementMethod("by_carer"), AgreementMethod::kByCarer);
  EXPECT_EQ(ParseClosureReason("no_longer_needed"), ClosureReason::kNoLongerNeeded);
  EXPECT_FALSE(ParseClosureReason("bored").has_value());
}

}  // namespace
}  // namespace lcn::domain
