// SPDX-License-Identifier: Apache-2.0
#include "casefinding/plan.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>

#include "core/error.hpp"

namespace lcn::casefinding {
namespace {

class Compiler {
 public:
  Compiler(const DefinitionSet& defs, Plan& plan) : defs_(defs), plan_(plan) {}

  // Compiles one definition; `where` names it in errors.
  CompiledDefinition Definition(const casefinding::Definition& d, const std::string& where) {
    CompiledDefinition out;
    out.id = d.id;
    out.name = d.name;
    out.weight = d.weight;
    if (!d.rule) {
      throw Error(ErrorCode::kBadRequest, where + " " + d.id + " has no rule");
    }
    out.root = Compile(*d.rule, where + " " + d.id, out.needs);
    out.needs_events = NeedsEvents(out.root);
    return out;
  }

  // Gives every record rule with a window the index of its window in plan.windows (longest
  // first).
  void IndexWindows() {
    using K = Rule::Kind;
    auto& windows = plan_.windows;
    for (const Node& n : plan_.nodes) {
      if (n.window != 0 && n.kind != K::kEmergencyAdmissions) {
        windows.push_back(n.window);
      }
    }
    std::sort(windows.begin(), windows.end(), std::greater<>());
    windows.erase(std::unique(windows.begin(), windows.end()), windows.end());
    for (Node& n : plan_.nodes) {
      if (n.window != 0 && n.kind != K::kEmergencyAdmissions) {
        const auto at = std::find(windows.begin(), windows.end(), n.window) - windows.begin();
        n.window_index = static_cast<std::uint16_t>(at);
      }
    }
  }

 private:
  std::uint16_t ListId(const std::string& name, bool medication, const std::string& where) {
    const auto known = ids_.find(name);
    if (known != ids_.end()) {
      if (plan_.list_is_medication[known->second] != medication) {
        throw Error(ErrorCode::kBadRequest, where + ": list '" + name + "' is a " +
                                                (medication ? "code" : "medication") + " list");
      }
      return known->second;
    }
    const auto list = defs_.code_lists.find(name);
    if (list == defs_.code_lists.end()) {
      throw Error(ErrorCode::kBadRequest, where + ": unknown code list '" + name + "'");
    }
    if (list->second.medications != medication) {
      throw Error(ErrorCode::kBadRequest, where + ": list '" + name + "' is a " +
                                              (medication ? "code" : "medication") + " list");
    }
    if (plan_.list_names.size() >= kMaxLists) {
      throw Error(ErrorCode::kBadRequest, "more than 256 code lists are referenced");
    }
    const auto id = static_cast<std::uint16_t>(plan_.list_names.size());
    plan_.list_names.push_back(name);
    plan_.list_is_medication.push_back(medication);
    ids_.emplace(name, id);
    return id;
  }

  std::uint32_t Compile(const Rule& rule, const std::string& where, ListMask& needs) {
    Node node;
    node.kind = rule.kind;
    node.window = rule.within_days.value_or(0);
    node.first = rule.first;
    node.at_least = rule.at_least;
    node.aggregate = rule.aggregate;
    node.compare = rule.compare;
    node.threshold = rule.threshold;
    using K = Rule::Kind;
    switch (rule.kind) {
      case K::kCode:
      case K::kValue:
      case K::kEventCount:
      case K::kMedications:
        node.list = ListId(rule.list, rule.kind == K::kMedications, where);
        needs.set(node.list);
        break;
      case K::kDistinctMedications:
        if (rule.list == "any") {
          node.list = std::numeric_limits<std::uint16_t>::max();
        } else {
          node.list = ListId(rule.list, true, where);
          needs.set(node.list);
        }
        break;
      case K::kConditionCount: {
        const int set = SetIndexOf(rule.list, where);
        node.list = static_cast<std::uint16_t>(set);
        break;
      }
      case K::kCondition:
        ResolveCondition(rule.list, where, node);
        break;
      case K::kSex:
        node.sex = domain::ParseSex(rule.text).value_or(domain::Sex::kUnknown);
        break;
      case K::kFrailtyAtLeast:
        node.at_least = rule.text == "severe" ? 4 : rule.text == "moderate" ? 3 : 2;
        break;
      default:
        break;
    }
    const auto index = static_cast<std::uint32_t>(plan_.nodes.size());
    plan_.nodes.push_back(node);
    std::vector<std::uint32_t> kids;
    for (const auto& child : rule.children) {
      kids.push_back(Compile(*child, where, needs));
    }
    plan_.nodes[index].child_begin = static_cast<std::uint32_t>(plan_.children.size());
    plan_.children.insert(plan_.children.end(), kids.begin(), kids.end());
    plan_.nodes[index].child_end = static_cast<std::uint32_t>(plan_.children.size());
    return index;
  }

  int SetIndexOf(const std::string& name, const std::string& where) const {
    const int set = plan_.SetIndex(name);
    if (set < 0) {
      throw Error(ErrorCode::kBadRequest, where + ": unknown condition set '" + name + "'");
    }
    return set;
  }

  void ResolveCondition(const std::string& id, const std::string& where, Node& node) const {
    for (std::size_t s = 0; s < plan_.sets.size(); ++s) {
      const auto& conditions = plan_.sets[s].conditions;
      for (std::size_t c = 0; c < conditions.size(); ++c) {
        if (conditions[c].id == id) {
          node.set = static_cast<std::uint16_t>(s);
          node.list = static_cast<std::uint16_t>(c);
          return;
        }
      }
    }
    throw Error(ErrorCode::kBadRequest, where + ": unknown condition '" + id + "'");
  }

  // True when the node can only hold if the person has events in one of its lists.
  bool NeedsEvents(std::uint32_t index) const {
    const Node& n = plan_.nodes[index];
    using K = Rule::Kind;
    switch (n.kind) {
      case K::kCode:
      case K::kMedications:
      case K::kValue:
      case K::kEventCount:
        return true;
      case K::kDistinctMedications:
        return n.list != std::numeric_limits<std::uint16_t>::max();
      case K::kAllOf:
        for (auto i = n.child_begin; i < n.child_end; ++i) {
          if (NeedsEvents(plan_.children[i])) {
            return true;
          }
        }
        return false;
      case K::kAnyOf:
        for (auto i = n.child_begin; i < n.child_end; ++i) {
          if (!NeedsEvents(plan_.children[i])) {
            return false;
          }
        }
        return n.child_begin != n.child_end;
      default:
        return false;
    }
  }

  const DefinitionSet& defs_;
  Plan& plan_;
  std::unordered_map<std::string, std::uint16_t> ids_;
};

void BuildMembership(const DefinitionSet& defs, const Population& population, Plan& plan) {
  // concept id -> concept index in this population
  std::unordered_map<ConceptId, std::uint32_t> index;
  index.reserve(population.concepts.size() * 2);
  for (std::uint32_t i = 0; i < population.concepts.size(); ++i) {
    index.emplace(population.concepts[i], i);
  }
  const std::size_t n = population.concepts.size();
  std::vector<ListMask> events(n), medications(n);
  for (std::uint16_t list = 0; list < plan.list_names.size(); ++list) {
    for (const ConceptId code : defs.code_lists.at(plan.list_names[list]).codes) {
      const auto it = index.find(code);
      if (it != index.end()) {
        (plan.list_is_medication[list] ? medications : events)[it->second].set(list);
      }
    }
  }
  // One class per distinct set of lists; class 0 is the empty set.
  std::map<ListMask, std::uint32_t> classes{{ListMask{}, 0}};
  plan.class_masks.assign(1, ListMask{});
  auto classify = [&](const std::vector<ListMask>& masks, std::vector<std::uint32_t>& to) {
    to.resize(masks.size());
    for (std::size_t i = 0; i < masks.size(); ++i) {
      const auto [it, added] =
          classes.emplace(masks[i], static_cast<std::uint32_t>(plan.class_masks.size()));
      if (added) {
        plan.class_masks.push_back(masks[i]);
      }
      to[i] = it->second;
    }
  };
  classify(events, plan.event_class);
  classify(medications, plan.medication_class);
  plan.mask_words = std::max<std::size_t>(1, (plan.list_names.size() + 63) / 64);
}

}  // namespace

int Plan::SetIndex(const std::string& name) const {
  for (std::size_t i = 0; i < sets.size(); ++i) {
    if (sets[i].name == name) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

Plan Compile(const DefinitionSet& definitions, const Population& population) {
  Plan plan;
  plan.version = definitions.version;
  Compiler compiler(definitions, plan);
  // Sets first (by name order), so cohorts and conditions can refer to them.
  for (const auto& [name, conditions] : definitions.condition_sets) {
    if (conditions.size() > kMaxConditionsPerSet) {
      throw Error(ErrorCode::kBadRequest, "condition set " + name + " has more than 64 conditions");
    }
    plan.sets.push_back({name, {}});
  }
  std::size_t s = 0;
  for (const auto& [name, conditions] : definitions.condition_sets) {
    for (const auto& c : conditions) {
      plan.sets[s].conditions.push_back(compiler.Definition(c, "condition set " + name + ":"));
    }
    ++s;
  }
  for (const auto& d : definitions.frailty_deficits) {
    plan.deficits.push_back(compiler.Definition(d, "frailty deficit"));
  }
  if (definitions.cohorts.size() > kMaxCohorts) {
    throw Error(ErrorCode::kBadRequest, "more than 32 cohorts are defined");
  }
  for (const auto& c : definitions.cohorts) {
    plan.cohorts.push_back(compiler.Definition(c, "cohort"));
  }
  compiler.IndexWindows();
  BuildMembership(definitions, population, plan);
  return plan;
}

}  // namespace lcn::casefinding
