// SPDX-License-Identifier: Apache-2.0
#include "casefinding/definitions/rule_keys.hpp"

namespace lcn::casefinding {
namespace {

using Kind = Rule::Kind;

constexpr std::string_view kModifierKeys[] = {"withinDays", "first", "atLeast", "aggregate",
                                              "below",      "above", "atMost"};

}  // namespace

std::string SelectorList() {
  std::string text;
  for (const auto& [key, kind] : kKindKeys) {
    text += text.empty() ? "" : ", ";
    text += key;
  }
  return text;
}

std::vector<std::string> AllowedKeys(Kind kind, std::string_view selector) {
  std::vector<std::string> keys = {std::string(selector)};
  switch (kind) {
    case Kind::kCode:
      keys.insert(keys.end(), {"withinDays", "first"});
      break;
    case Kind::kMedications:
    case Kind::kDistinctMedications:
    case Kind::kEventCount:
      keys.insert(keys.end(), {"withinDays", "atLeast"});
      break;
    case Kind::kValue:
      keys.insert(keys.end(), {"aggregate", "below", "above", "atMost", "atLeast", "withinDays"});
      break;
    case Kind::kConditionCount:
      keys.emplace_back("atLeast");
      break;
    case Kind::kEmergencyAdmissions:
      keys.emplace_back("withinDays");
      break;
    case Kind::kAgeAtLeast:
    case Kind::kAgeBelow:
    case Kind::kSex:
    case Kind::kCareHome:
    case Kind::kCondition:
    case Kind::kFrailtyAtLeast:
    case Kind::kAnyOf:
    case Kind::kAllOf:
    case Kind::kNot:
      break;
  }
  return keys;
}

std::vector<std::string> AllRuleKeys() {
  std::vector<std::string> keys;
  for (const auto& [key, kind] : kKindKeys) {
    keys.emplace_back(key);
  }
  for (const std::string_view key : kModifierKeys) {
    keys.emplace_back(key);
  }
  return keys;
}

}  // namespace lcn::casefinding
