// SPDX-License-Identifier: Apache-2.0
#include "care/tasks/task_state.hpp"

#include <algorithm>

#include <gtest/gtest.h>

namespace lcn::domain {
namespace {

using S = TaskState;

bool Allowed(S from, S to, TaskActor actor) {
  const auto next = AllowedTaskChanges(from, actor);
  return std::find(next.begin(), next.end(), to) != next.end();
}

TEST(TaskState, TheAssigneeMovesItForwardTheRequesterMayCancel) {
  const auto a = TaskActor::kAssignee;
  const auto r = TaskActor::kRequester;
  EXPECT_TRUE(Allowed(S::kRequested, S::kAccepted, a));
  EXPECT_TRUE(Allowed(S::kRequested, S::kDeclined, a));
  EXPECT_FALSE(Allowed(S::kRequested, S::kCompleted, a));  // accept first
  EXPECT_TRUE(Allowed(S::kAccepted, S::kInProgress, a));
  EXPECT_TRUE(Allowed(S::kAccepted, S::kCompleted, a));
  EXPECT_TRUE(Allowed(S::kInProgress, S::kCompleted, a));
  EXPECT_FALSE(Allowed(S::kDeclined, S::kCompleted, a));  // the example
  EXPECT_FALSE(Allowed(S::kRequested, S::kCancelled, a));
  EXPECT_TRUE(Allowed(S::kRequested, S::kCancelled, r));
  EXPECT_TRUE(Allowed(S::kInProgress, S::kCancelled, r));
  EXPECT_FALSE(Allowed(S::kCompleted, S::kCancelled, r));
  EXPECT_FALSE(Allowed(S::kRequested, S::kAccepted, r));
  for (const S done : {S::kDeclined, S::kCompleted, S::kCancelled}) {
    EXPECT_FALSE(IsOpen(done));
    EXPECT_TRUE(AllowedTaskChanges(done, a).empty());
  }
}

TEST(TaskState, NamesRoundTrip) {
  for (const S s :
       {S::kRequested, S::kAccepted, S::kDeclined, S::kInProgress, S::kCompleted, S::kCancelled}) {
    EXPECT_EQ(ParseTaskState(TaskStateName(s)), s);
  }
  EXPECT_EQ(ParseReferralService("social_prescribing"), ReferralService::kSocialPrescribing);
  EXPECT_EQ(ParseTaskPriority("urgent"), TaskPriority::kUrgent);
  EXPECT_FALSE(ParseTaskKind("chore").has_value());
  EXPECT_EQ(ReferralServiceLabel(ReferralService::kCommunityNursing), "Community nursing");
  EXPECT_EQ(ReferralServiceLabel(ReferralService::kOther), "Other service");
}

}  // namespace
}  // namespace lcn::domain
