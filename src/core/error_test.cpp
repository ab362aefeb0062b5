// SPDX-License-Identifier: Apache-2.0
#include "core/error.hpp"

#include <gtest/gtest.h>

namespace lcn {
namespace {

TEST(IssueCollectorTest, ThrowsBadRequestWithAllIssues) {
  IssueCollector issues;
  EXPECT_NO_THROW(issues.ThrowIfAny("nothing"));
  issues.Add("nhsNumber", "fails the check digit");
  issues.Add("birthDate", "must be YYYY-MM-DD");
  try {
    issues.ThrowIfAny("invalid person");
    FAIL() << "expected a throw";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kBadRequest);
    ASSERT_EQ(e.Issues().size(), 2U);
    EXPECT_EQ(e.Issues()[1].field, "birthDate");
  }
}

TEST(ErrorTest, CheckThrowsInternal) {
  EXPECT_THROW(LCN_CHECK(1 + 1 == 3), Error);
  EXPECT_NO_THROW(LCN_CHECK(1 + 1 == 2));
}

}  // namespace
}  // namespace lcn
