// SPDX-License-Identifier: Apache-2.0
//
// ISO-8601 text for instants and calendar dates, and the parsing of YYYY-MM-DD dates.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"

namespace lcn {

// Formats `t` as "YYYY-MM-DDTHH:MM:SS.ffffffZ".
std::string FormatInstant(Micros t);

// A proleptic Gregorian calendar date.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  auto operator<=>(const Date&) const = default;
};

// Parses exactly "YYYY-MM-DD" with a real calendar day; std::nullopt otherwise.
[[nodiscard]] std::optional<Date> ParseDate(std::string_view text);

std::string FormatDate(const Date& d);

// The UTC calendar date containing instant `t`.
Date DateOf(Micros t);

// The instant midnight UTC starts `d`.
Micros StartOfDay(const Date& d);

}  // namespace lcn
