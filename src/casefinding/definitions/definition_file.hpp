// SPDX-License-Identifier: Apache-2.0
//
// Parses the JSON files that hold named rules: a condition set ({"conditions": [...]}), the eFI
// ({"deficits": [...]}, exactly 36) and the cohorts ({"cohorts": [...]}). Each entry has an id, a
// name, a rule and optional notes; conditions may carry a weight. Ids must be unique in a file.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "casefinding/definitions/rule_parser.hpp"
#include "casefinding/rule.hpp"
#include "core/json_input.hpp"

namespace lcn::casefinding {

enum class DefinitionFileKind { kConditionSet, kFrailty, kCohorts };

// The eFI's fixed number of deficits: its score is deficits present / 36.
inline constexpr std::size_t kFrailtyDeficitCount = 36;

// Parses `root`, the content of one definition file. Adds one issue per problem to `sink`, and
// every name the rules refer to to `references`. Returns the definitions whose rules parsed.
[[nodiscard]] std::vector<Definition> ParseDefinitionFile(const nlohmann::json& root,
                                                          DefinitionFileKind kind,
                                                          const IssueSink& sink,
                                                          std::vector<RuleReference>& references);

}  // namespace lcn::casefinding
