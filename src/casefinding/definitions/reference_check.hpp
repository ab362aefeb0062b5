// SPDX-License-Identifier: Apache-2.0
//
// Resolves the names rules refer to once every file of a definition set has been read: code lists
// must exist and be of the right kind (SNOMED CT event lists for code, value and events; dm+d
// medication lists for medications), condition sets and conditions must exist.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "casefinding/definitions/rule_parser.hpp"
#include "core/error.hpp"

namespace lcn::casefinding {

// What names exist in a definition set.
struct ReferenceTargets {
  std::map<std::string, bool> code_lists;  // name -> true for a medication (dm+d) list
  std::set<std::string> condition_sets;
  std::set<std::string> conditions;  // ids of every condition of every set
};

// Adds one issue to `issues` per reference that does not resolve.
void CheckReferences(const std::vector<RuleReference>& references, const ReferenceTargets& targets,
                     IssueCollector& issues);

// The targets of a loaded definition set.
[[nodiscard]] ReferenceTargets TargetsOf(const DefinitionSet& definitions);

}  // namespace lcn::casefinding
