// SPDX-License-Identifier: Apache-2.0
//
// The vocabulary of the rule language: which JSON key selects which Rule::Kind, and which other
// keys each kind accepts. Used by the rule parser for validation and "did you mean" hints.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "casefinding/rule.hpp"

namespace lcn::casefinding {

// The selecting keys with their kinds, in the order messages list them.
inline constexpr std::array<std::pair<std::string_view, Rule::Kind>, 16> kKindKeys = {{
    {"code", Rule::Kind::kCode},
    {"medications", Rule::Kind::kMedications},
    {"distinctMedications", Rule::Kind::kDistinctMedications},
    {"value", Rule::Kind::kValue},
    {"events", Rule::Kind::kEventCount},
    {"ageAtLeast", Rule::Kind::kAgeAtLeast},
    {"ageBelow", Rule::Kind::kAgeBelow},
    {"sex", Rule::Kind::kSex},
    {"careHome", Rule::Kind::kCareHome},
    {"conditionCount", Rule::Kind::kConditionCount},
    {"condition", Rule::Kind::kCondition},
    {"frailty", Rule::Kind::kFrailtyAtLeast},
    {"emergencyAdmissions", Rule::Kind::kEmergencyAdmissions},
    {"anyOf", Rule::Kind::kAnyOf},
    {"allOf", Rule::Kind::kAllOf},
    {"not", Rule::Kind::kNot},
}};

// "code, medications, ..., not": the selecting keys for messages.
[[nodiscard]] std::string SelectorList();

// The keys allowed in a rule of `kind` selected by `selector` (the selector included).
[[nodiscard]] std::vector<std::string> AllowedKeys(Rule::Kind kind, std::string_view selector);

// Every key the rule language knows.
[[nodiscard]] std::vector<std::string> AllRuleKeys();

// The comparison keys of a value rule.
inline constexpr std::string_view kCompareKeys[] = {"below", "above", "atMost", "atLeast"};

}  // namespace lcn::casefinding
