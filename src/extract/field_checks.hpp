// SPDX-License-Identifier: Apache-2.0
//
// The syntax checks of single extract fields that are not dates (extract/day.hpp): SNOMED CT
// concept ids, ODS codes, numeric values and UTF-8 text. Pure functions; no allocation.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace lcn::extract {

// A SNOMED CT (or dm+d) concept id: 6 to 18 ASCII digits, the first not 0.
[[nodiscard]] std::optional<std::int64_t> ParseConceptId(std::string_view text);

// An ODS organisation code: 3 to 10 upper-case ASCII letters or digits.
bool IsOdsCode(std::string_view text);

// A finite decimal number such as "5.4", "-12" or "1e3" that fits a float; no spaces, no
// leading '+', no "nan" or "inf".
[[nodiscard]] std::optional<float> ParseValue(std::string_view text);

// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or code points past
// U+10FFFF) and has no ASCII control characters.
bool IsCleanUtf8(std::string_view text);

}  // namespace lcn::extract
