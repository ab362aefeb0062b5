// SPDX-License-Identifier: Apache-2.0
//
// Calendar days as the extract stores them: std::int32_t days since 1970-01-01 (negative
// before it), with the strict, allocation-free YYYY-MM-DD parser the readers run on every row.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "core/time_format.hpp"

namespace lcn::extract {

// Days since 1970-01-01 of `date`. REQUIRES: `date` is a real proleptic Gregorian day.
std::int32_t DaysFromDate(const Date& date);

// The calendar date `day` days after 1970-01-01.
Date DateFromDays(std::int32_t day);

// Parses exactly "YYYY-MM-DD" (year 0001-9999) naming a real calendar day; std::nullopt for
// anything else, including surrounding spaces.
[[nodiscard]] std::optional<std::int32_t> ParseDay(std::string_view text);

// "YYYY-MM-DD".
std::string FormatDay(std::int32_t day);

// The UTC calendar day containing instant `t`, e.g. ReadOptions::today_day from Clock::Now().
std::int32_t DayOf(Micros t);

}  // namespace lcn::extract
