// SPDX-License-Identifier: Apache-2.0
//
// Day numbers and the strict YYYY-MM-DD parser.
#include "extract/day.hpp"

#include <gtest/gtest.h>

namespace lcn::extract {
namespace {

TEST(DayTest, CountsFromTheEpoch) {
  EXPECT_EQ(DaysFromDate({1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromDate({2000, 3, 1}), 11017);
  EXPECT_EQ(DaysFromDate({1969, 12, 31}), -1);
  EXPECT_EQ(DaysFromDate({1880, 1, 1}), -32872);
}

TEST(DayTest, DateFromDaysInvertsDaysFromDate) {
  for (const Date date : {Date{1880, 1, 1}, Date{1900, 2, 28}, Date{2000, 2, 29},
                          Date{2024, 12, 31}, Date{9999, 12, 31}}) {
    EXPECT_EQ(DateFromDays(DaysFromDate(date)), date);
  }
}

TEST(DayTest, ParsesOnlyRealIsoDays) {
  EXPECT_EQ(ParseDay("2000-03-01"), std::optional<std::int32_t>(11017));
  EXPECT_EQ(ParseDay("2020-02-29"), std::optional<std::int32_t>(DaysFromDate({2020, 2, 29})));
  for (const char* bad :
       {"2021-02-29", "1900-02-29", "2020-13-01", "2020-00-10", "2020-01-00", "2020-1-01",
        " 2020-01-01", "2020-01-01 ", "2020/01/01", "0000-01-01", "20200101", "", "2020-01-3a"}) {
    EXPECT_EQ(ParseDay(bad), std::nullopt) << bad;
  }
}

TEST(DayTest, FormatsDays) {
  EXPECT_EQ(FormatDay(0), "1970-01-01");
  EXPECT_EQ(FormatDay(DaysFromDate({1899, 7, 4})), "1899-07-04");
}

TEST(DayTest, DayOfFloorsInstants) {
  constexpr Micros kDay = 86'400 * kMicrosPerSecond;
  EXPECT_EQ(DayOf(0), 0);
  EXPECT_EQ(DayOf(kDay - 1), 0);
  EXPECT_EQ(DayOf(kDay), 1);
  EXPECT_EQ(DayOf(-1), -1);
  EXPECT_EQ(DayOf(-kDay), -1);
}

}  // namespace
}  // namespace lcn::extract
