// SPDX-License-Identifier: Apache-2.0
#include "domain/password_policy.hpp"

#include <gtest/gtest.h>

namespace lcn::domain {
namespace {

TEST(PasswordPolicyTest, AcceptsLongVariedPassword) {
  EXPECT_EQ(CheckPassword("river-lantern-42-orchid", "alice"), std::nullopt);
}

TEST(PasswordPolicyTest, RefusesShortRepetitiveCommonAndUsernamePasswords) {
  EXPECT_EQ(CheckPassword("short", "alice"), "must be at least 12 characters");
  EXPECT_EQ(CheckPassword("aaaaaaaaaaaaaaaa", "bob"),
            "must contain at least 5 different characters");
  EXPECT_EQ(CheckPassword("Password1234", "bob"), "is too common");
  EXPECT_EQ(CheckPassword("my-ALICE-secret-99", "alice"), "must not contain the username");
  EXPECT_EQ(CheckPassword(std::string(129, 'x'), "bob"), "must be at most 128 characters");
}

}  // namespace
}  // namespace lcn::domain
