// SPDX-License-Identifier: Apache-2.0
#include "casefinding/definitions/reference_check.hpp"

#include <type_traits>

namespace lcn::casefinding {
namespace {

template <typename Container>
std::vector<std::string> Names(const Container& container) {
  std::vector<std::string> names;
  for (const auto& entry : container) {
    if constexpr (std::is_same_v<typename Container::value_type, std::string>) {
      names.push_back(entry);
    } else {
      names.push_back(entry.first);
    }
  }
  return names;
}

}  // namespace

void CheckReferences(const std::vector<RuleReference>& references, const ReferenceTargets& targets,
                     IssueCollector& issues) {
  using Target = RuleReference::Target;
  for (const RuleReference& reference : references) {
    const IssueSink sink{reference.origin, &issues};
    const std::string& name = reference.name;
    switch (reference.target) {
      case Target::kEventList:
      case Target::kMedicationList: {
        const auto it = targets.code_lists.find(name);
        if (it == targets.code_lists.end()) {
          sink.Add(reference.path, "unknown code list '" + name + "'" +
                                       DidYouMean(name, Names(targets.code_lists)));
          break;
        }
        const bool wants_medications = reference.target == Target::kMedicationList;
        if (it->second != wants_medications) {
          sink.Add(reference.path,
                   "'" + name + "' is " +
                       (it->second ? "a medication (dmd) list" : "a SNOMED CT (snomed) list") +
                       "; '" + reference.key + "' needs " +
                       (wants_medications ? "a medication (dmd) list" : "a snomed list"));
        }
        break;
      }
      case Target::kConditionSet:
        if (targets.condition_sets.count(name) == 0) {
          sink.Add(reference.path, "unknown condition set '" + name + "'" +
                                       DidYouMean(name, Names(targets.condition_sets)));
        }
        break;
      case Target::kCondition:
        if (targets.conditions.count(name) == 0) {
          sink.Add(reference.path, "unknown condition '" + name + "'" +
                                       DidYouMean(name, Names(targets.conditions)));
        }
        break;
    }
  }
}

ReferenceTargets TargetsOf(const DefinitionSet& definitions) {
  ReferenceTargets targets;
  for (const auto& [name, list] : definitions.code_lists) {
    targets.code_lists.emplace(name, list.medications);
  }
  for (const auto& [name, conditions] : definitions.condition_sets) {
    targets.condition_sets.insert(name);
    for (const Definition& condition : conditions) {
      targets.conditions.insert(condition.id);
    }
  }
  return targets;
}

}  // namespace lcn::casefinding
