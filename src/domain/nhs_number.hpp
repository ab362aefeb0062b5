// SPDX-License-Identifier: Apache-2.0
//
// NHS number validation by the modulus-11 check digit (clinical-reference §5.2).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lcn::domain {

// Returns the 10-digit canonical form of `text` (spaces removed) when it is a valid NHS number:
// ten digits, a correct modulus-11 check digit, not all digits identical. std::nullopt otherwise.
[[nodiscard]] std::optional<std::string> NormaliseNhsNumber(std::string_view text);

// Appends the check digit to a 9-digit stem; std::nullopt when the stem has no valid check digit.
[[nodiscard]] std::optional<std::string> CompleteNhsNumber(std::string_view stem);

}  // namespace lcn::domain
