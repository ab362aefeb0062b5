// SPDX-License-Identifier: Apache-2.0
//
// Structural checks on SNOMED CT identifiers (dm+d ids are SNOMED CT identifiers too): 6 to 18
// digits, no leading zero, the concept partition, and the Verhoeff check digit. They catch typing
// and copying mistakes in code lists; they cannot tell whether a concept exists or is active.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "casefinding/rule.hpp"

namespace lcn::casefinding {

// Returns the concept id when `text` is a structurally valid SNOMED CT concept id, otherwise
// std::nullopt and sets `*problem` (when given) to a message such as "is not a number",
// "fails the SNOMED CT check digit" or "is a description id, not a concept id".
[[nodiscard]] std::optional<ConceptId> ParseConceptId(std::string_view text,
                                                      std::string* problem = nullptr);

// True when the last digit of `digits` is the Verhoeff check digit of the others.
// REQUIRES: `digits` is non-empty and contains only '0'..'9'.
[[nodiscard]] bool HasValidVerhoeffCheckDigit(std::string_view digits);

}  // namespace lcn::casefinding
