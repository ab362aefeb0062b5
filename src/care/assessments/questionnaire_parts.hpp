// SPDX-License-Identifier: Apache-2.0
//
// The two halves of reading a questionnaire file, used by questionnaire_loader.cpp: the FHIR
// items (questionnaire_items.cpp) and LCN's scoring rules (scoring_rules.cpp). Each adds one
// issue per problem to the sink, with the JSON path of the element at fault.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "care/assessments/questionnaire.hpp"
#include "core/json_input.hpp"

namespace lcn::assessment {

// The longest answer to a string or text item when the item sets no maxLength.
inline constexpr int kDefaultStringLength = 500;
inline constexpr int kDefaultTextLength = 5000;

// Reads `array` (Questionnaire.item or a group's item) at `path` into `out`, flattened in
// document order; `group` is the enclosing group's linkId.
void ParseItems(const nlohmann::json& array, const std::string& path,
                const std::optional<std::string>& group, const IssueSink& sink,
                std::vector<Item>& out);

// Reads "lcnScoring" at `path`, checking every reference against `items`.
[[nodiscard]] std::optional<Scoring> ParseScoring(const nlohmann::json& object,
                                                  const std::string& path,
                                                  const std::vector<Item>& items,
                                                  const IssueSink& sink);

// True for ids made of lower-case letters, digits and '-', 1-64 long (questionnaire, score and
// flag ids).
[[nodiscard]] bool IsPlainId(const std::string& id);

}  // namespace lcn::assessment
