// SPDX-License-Identifier: Apache-2.0
//
// The printable copy of a care plan for the person: one self-contained HTML page (inline
// style, no scripts, no links) in plain language and large type, addressed to the person ("your
// goals, in your words"): their goals, what they need help with, who does what by when, what to
// do in a crisis and who to contact, and when the plan will be looked at again. Every piece of
// text from the record is HTML-escaped. Pure; thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "care/care_plans/care_plan.hpp"

namespace lcn::domain {

struct CarePlanPrintInput {
  std::string person_name;                // "Doris Jones"
  std::optional<std::string> nhs_number;  // 10 digits
  std::optional<std::string> birth_date;  // YYYY-MM-DD
  std::int64_t version = 0;
  std::string recorded_on;  // YYYY-MM-DD, when this version was saved
  std::string printed_on;   // YYYY-MM-DD
  CarePlanContent content;
};

// `text` with &, <, >, " and ' replaced by character references.
[[nodiscard]] std::string HtmlEscape(std::string_view text);

// "2026-12-01" -> "1 December 2026"; text that is not a date is returned unchanged.
[[nodiscard]] std::string DateInWords(std::string_view iso_date);

// The whole page, starting "<!DOCTYPE html>", UTF-8.
[[nodiscard]] std::string CarePlanPrintHtml(const CarePlanPrintInput& input);

}  // namespace lcn::domain
