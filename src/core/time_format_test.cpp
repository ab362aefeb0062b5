// SPDX-License-Identifier: Apache-2.0
#include "core/time_format.hpp"

#include <gtest/gtest.h>

namespace lcn {
namespace {

TEST(TimeFormatTest, ParsesValidDate) {
  const auto d = ParseDate("1948-07-05");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->year, 1948);
  EXPECT_EQ(d->month, 7);
  EXPECT_EQ(d->day, 5);
  EXPECT_EQ(FormatDate(*d), "1948-07-05");
}

TEST(TimeFormatTest, RejectsImpossibleAndMalformedDates) {
  EXPECT_FALSE(ParseDate("2023-02-29").has_value());
  EXPECT_FALSE(ParseDate("2023-13-01").has_value());
  EXPECT_FALSE(ParseDate("2023-1-01").has_value());
  EXPECT_FALSE(ParseDate("20230101").has_value());
  EXPECT_FALSE(ParseDate("abcd-ef-gh").has_value());
  EXPECT_FALSE(ParseDate("").has_value());
  EXPECT_TRUE(ParseDate("2024-02-29").has_value());
}

TEST(TimeFormatTest, FormatsInstantAsUtc) {
  EXPECT_EQ(FormatInstant(0), "1970-01-01T00:00:00.000000Z");
  EXPECT_EQ(FormatInstant(1'700'000'000'123'456), "2023-11-14T22:13:20.123456Z");
  EXPECT_EQ(DateOf(1'700'000'000'123'456), (Date{2023, 11, 14}));
}

TEST(TimeFormatTest, StartOfDayIsMidnightUtc) {
  EXPECT_EQ(StartOfDay(Date{1970, 1, 1}), 0);
  EXPECT_EQ(FormatInstant(StartOfDay(Date{2024, 2, 29})), "2024-02-29T00:00:00.000000Z");
  EXPECT_EQ(DateOf(StartOfDay(Date{2023, 11, 14}) - 1), (Date{2023, 11, 13}));
}

}  // namespace
}  // namespace lcn
