// SPDX-License-Identifier: Apache-2.0
//
// Turns the JSON form of a rule (see the comments on Rule::Kind in casefinding/rule.hpp and
// docs/casefinding-definitions.md) into a Rule tree. Checks shape, key names, types, ranges and
// where a predicate may appear (conditions and eFI deficits may not refer to conditions, condition
// counts or frailty, which would make definitions circular). Names of code lists, condition sets
// and conditions are recorded as RuleReferences for reference_check to resolve once all files are
// read.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "casefinding/rule.hpp"
#include "core/json_input.hpp"

namespace lcn::casefinding {

// Where a rule appears.
enum class RuleScope {
  kCondition,       // a condition of a condition set
  kFrailtyDeficit,  // an eFI deficit
  kCohort,          // a cohort: may also use condition, conditionCount and frailty
};

// A name a rule refers to, with the issue location of the key that names it.
struct RuleReference {
  enum class Target {
    kEventList,       // code, value, events: a SNOMED CT list
    kMedicationList,  // medications, distinctMedications: a dm+d list
    kConditionSet,    // conditionCount
    kCondition,       // condition
  };
  Target target = Target::kEventList;
  std::string name;
  std::string key;   // the JSON key, e.g. "code"
  std::string path;  // its path, e.g. "conditions[3].rule.anyOf[0].code"
  std::string origin;
};

// Parses `node`, found at `path`, as a rule. Adds one issue per problem to `sink`, appends every
// name the rule refers to to `references`, and returns nullptr when the rule is unusable (some
// issue was added).
[[nodiscard]] RulePtr ParseRuleNode(const nlohmann::json& node, const std::string& path,
                                    RuleScope scope, const IssueSink& sink,
                                    std::vector<RuleReference>& references);

}  // namespace lcn::casefinding
