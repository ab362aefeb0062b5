// SPDX-License-Identifier: Apache-2.0
//
// Day arithmetic on std::chrono's civil calendar.
#include "extract/day.hpp"

#include <chrono>

namespace lcn::extract {
namespace {

constexpr std::int64_t kMicrosPerDay = 86'400LL * kMicrosPerSecond;

// The value of `count` ASCII digits at `p`, or -1 when one is not a digit.
int Digits(const char* p, int count) {
  int value = 0;
  for (int i = 0; i < count; ++i) {
    const unsigned digit = static_cast<unsigned char>(p[i]) - unsigned{'0'};
    if (digit > 9) {
      return -1;
    }
    value = value * 10 + static_cast<int>(digit);
  }
  return value;
}

}  // namespace

std::int32_t DaysFromDate(const Date& date) {
  const std::chrono::year_month_day ymd{std::chrono::year(date.year),
                                        std::chrono::month(static_cast<unsigned>(date.month)),
                                        std::chrono::day(static_cast<unsigned>(date.day))};
  return static_cast<std::int32_t>(std::chrono::sys_days(ymd).time_since_epoch().count());
}

Date DateFromDays(std::int32_t day) {
  const std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(day))};
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::optional<std::int32_t> ParseDay(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  const int year = Digits(text.data(), 4);
  const int month = Digits(text.data() + 5, 2);
  const int day = Digits(text.data() + 8, 2);
  if (year < 1 || month < 0 || day < 0) {
    return std::nullopt;
  }
  const std::chrono::year_month_day ymd{std::chrono::year(year),
                                        std::chrono::month(static_cast<unsigned>(month)),
                                        std::chrono::day(static_cast<unsigned>(day))};
  if (!ymd.ok()) {
    return std::nullopt;
  }
  return static_cast<std::int32_t>(std::chrono::sys_days(ymd).time_since_epoch().count());
}

std::string FormatDay(std::int32_t day) {
  return FormatDate(DateFromDays(day));
}

std::int32_t DayOf(Micros t) {
  // Floor division, so instants before 1970 fall on the right day.
  std::int64_t day = t / kMicrosPerDay;
  if (t % kMicrosPerDay < 0) {
    --day;
  }
  return static_cast<std::int32_t>(day);
}

}  // namespace lcn::extract
