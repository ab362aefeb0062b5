// SPDX-License-Identifier: Apache-2.0
#include "domain/nhs_number.hpp"

#include <gtest/gtest.h>

namespace lcn::domain {
namespace {

TEST(NhsNumberTest, AcceptsPublishedVectors) {
  for (const char* n : {"9434765919", "4010232137", "9000000009", "9990000018", "9990000026",
                        "9990000034", "9990000042"}) {
    EXPECT_EQ(NormaliseNhsNumber(n), std::optional<std::string>(n)) << n;
  }
}

TEST(NhsNumberTest, StripsDisplaySpaces) {
  EXPECT_EQ(NormaliseNhsNumber("943 476 5919"), std::optional<std::string>("9434765919"));
}

TEST(NhsNumberTest, RejectsWrongCheckDigitLengthLettersAndRepeats) {
  EXPECT_FALSE(NormaliseNhsNumber("9434765918"));
  EXPECT_FALSE(NormaliseNhsNumber("943476591"));
  EXPECT_FALSE(NormaliseNhsNumber("94347659190"));
  EXPECT_FALSE(NormaliseNhsNumber("94347A5919"));
  EXPECT_FALSE(NormaliseNhsNumber("9999999999"));
  EXPECT_FALSE(NormaliseNhsNumber(""));
}

TEST(NhsNumberTest, CompletesStemsAndRefusesStemsWithCheckTen) {
  EXPECT_EQ(CompleteNhsNumber("943476591"), std::optional<std::string>("9434765919"));
  // 999000010: 9*10+9*9+9*8+0+0+0+0+1*3+0 = 246; 246 % 11 = 4; check 7.
  EXPECT_EQ(CompleteNhsNumber("999000010"), std::optional<std::string>("9990000107"));
  int refused = 0;
  for (int i = 0; i < 200; ++i) {
    char stem[10];
    std::snprintf(stem, sizeof stem, "999%06d", i);
    if (!CompleteNhsNumber(stem)) {
      ++refused;
    }
  }
  EXPECT_GT(refused, 0);  // about one stem in eleven has no valid check digit
  EXPECT_FALSE(CompleteNhsNumber("12345678"));
}

}  // namespace
}  // namespace lcn::domain
