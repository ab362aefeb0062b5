// SPDX-License-Identifier: Apache-2.0
#include "casefinding/definitions/rule_parser.hpp"

#include <algorithm>
#include <memory>
#include <string_view>
#include <utility>

#include "casefinding/definitions/rule_keys.hpp"

namespace lcn::casefinding {
namespace {

using nlohmann::json;
using Kind = Rule::Kind;

class Parser {
 public:
  Parser(RuleScope scope, const IssueSink& sink, std::vector<RuleReference>& references)
      : scope_(scope), sink_(sink), references_(references) {}

  RulePtr Parse(const json& node, const std::string& path) {
    if (!node.is_object()) {
      sink_.Add(path, "a rule must be an object, not " + std::string(DescribeType(node)));
      return nullptr;
    }
    std::vector<std::pair<std::string_view, Kind>> selectors;
    for (const auto& entry : kKindKeys) {
      if (node.contains(entry.first)) {
        selectors.push_back(entry);
      }
    }
    if (selectors.size() > 1) {
      sink_.Add(path, "a rule has exactly one of " + SelectorList() + "; found both '" +
                          std::string(selectors[0].first) + "' and '" +
                          std::string(selectors[1].first) + "' (combine rules with allOf)");
      return nullptr;
    }
    if (selectors.empty()) {
      const std::vector<std::string> all = AllRuleKeys();
      bool unknown = false;
      for (const auto& [key, value] : node.items()) {
        if (std::find(all.begin(), all.end(), key) == all.end()) {
          sink_.Add(JoinPath(path, key), "unknown key '" + key + "'" + DidYouMean(key, all));
          unknown = true;
        }
      }
      if (!unknown) {
        sink_.Add(path, "a rule needs one of " + SelectorList());
      }
      return nullptr;
    }
    const auto [selector, kind] = selectors.front();
    if (!CheckKeys(node, path, kind, selector) || !CheckScope(path, kind, selector)) {
      return nullptr;
    }
    auto rule = std::make_shared<Rule>();
    rule->kind = kind;
    return ParseFields(node, path, selector, *rule) ? rule : nullptr;
  }

 private:
  bool CheckKeys(const json& node, const std::string& path, Kind kind, std::string_view selector) {
    const std::vector<std::string> allowed = AllowedKeys(kind, selector);
    const std::vector<std::string> all = AllRuleKeys();
    bool ok = true;
    for (const auto& [key, value] : node.items()) {
      if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) {
        continue;
      }
      ok = false;
      if (std::find(all.begin(), all.end(), key) != all.end()) {
        sink_.Add(JoinPath(path, key),
                  "'" + key + "' cannot be used with '" + std::string(selector) + "'");
      } else {
        sink_.Add(JoinPath(path, key), "unknown key '" + key + "'" + DidYouMean(key, allowed));
      }
    }
    return ok;
  }

  bool CheckScope(const std::string& path, Kind kind, std::string_view selector) {
    const bool cohort_only =
        kind == Kind::kConditionCount || kind == Kind::kCondition || kind == Kind::kFrailtyAtLeast;
    if (cohort_only && scope_ != RuleScope::kCohort) {
      sink_.Add(JoinPath(path, selector),
                "'" + std::string(selector) + "' may only be used in cohort rules");
      return false;
    }
    return true;
  }

  bool ParseFields(const json& node, const std::string& path, std::string_view selector,
                   Rule& rule) {
    const std::string selector_path = JoinPath(path, selector);
    const json& value = node.at(selector);
    bool ok = ParseCommon(node, path, rule);
    switch (rule.kind) {
      case Kind::kCode:
        ok = Reference(node, path, selector, RuleReference::Target::kEventList, rule) && ok;
        if (node.contains("first")) {
          const json& first = node.at("first");
          if (!first.is_boolean()) {
            sink_.Add(JoinPath(path, "first"), "first must be true or false");
            ok = false;
          } else {
            rule.first = first.get<bool>();
          }
          if (rule.first && !node.contains("withinDays")) {
            sink_.Add(JoinPath(path, "first"), "first needs withinDays");
            ok = false;
          }
        }
        return ok;
      case Kind::kMedications:
      case Kind::kDistinctMedications:
        if (rule.kind == Kind::kDistinctMedications && value == "any") {
          rule.list = "any";
          return ok;
        }
        return Reference(node, path, selector, RuleReference::Target::kMedicationList, rule) && ok;
      case Kind::kEventCount:
        return Reference(node, path, selector, RuleReference::Target::kEventList, rule) && ok;
      case Kind::kValue:
        ok = Reference(node, path, selector, RuleReference::Target::kEventList, rule) && ok;
        return ParseValueComparison(node, path, rule) && ok;
      case Kind::kConditionCount:
        return Reference(node, path, selector, RuleReference::Target::kConditionSet, rule) && ok;
      case Kind::kCondition:
        return Reference(node, path, selector, RuleReference::Target::kCondition, rule) && ok;
      case Kind::kAgeAtLeast:
      case Kind::kAgeBelow:
      case Kind::kEmergencyAdmissions: {
        const std::int32_t minimum = rule.kind == Kind::kAgeAtLeast ? 0 : 1;
        const auto number = ReadWholeNumber(value, selector_path, minimum, sink_);
        rule.at_least = number.value_or(0);
        return number.has_value() && ok;
      }
      case Kind::kSex: {
        const auto sex =
            ReadChoice(node, path, selector, {"male", "female", "other", "unknown"}, sink_);
        rule.text = sex.value_or("");
        return sex.has_value();
      }
      case Kind::kCareHome:
        if (value != true) {
          sink_.Add(selector_path, "careHome must be true (use not to select other people)");
          return false;
        }
        return true;
      case Kind::kFrailtyAtLeast: {
        const auto category =
            ReadChoice(node, path, selector, {"mild", "moderate", "severe"}, sink_);
        rule.text = category.value_or("");
        return category.has_value();
      }
      case Kind::kAnyOf:
      case Kind::kAllOf:
        return ParseChildren(value, selector_path, selector, rule);
      case Kind::kNot: {
        RulePtr child = Parse(value, selector_path);
        rule.children.push_back(child);
        return child != nullptr;
      }
    }
    return false;
  }

  // withinDays and atLeast, where the kind allows them (CheckKeys refused them elsewhere).
  bool ParseCommon(const json& node, const std::string& path, Rule& rule) {
    bool ok = true;
    if (node.contains("withinDays")) {
      const auto days =
          ReadWholeNumber(node.at("withinDays"), JoinPath(path, "withinDays"), 1, sink_);
      rule.within_days = days;
      ok = days.has_value();
    }
    if (node.contains("atLeast") && rule.kind != Kind::kValue) {
      const auto count = ReadWholeNumber(node.at("atLeast"), JoinPath(path, "atLeast"), 1, sink_);
      rule.at_least = count.value_or(1);
      ok = count.has_value() && ok;
    }
    return ok;
  }

  bool ParseValueComparison(const json& node, const std::string& path, Rule& rule) {
    bool ok = true;
    if (node.contains("aggregate")) {
      const auto aggregate =
          ReadChoice(node, path, "aggregate", {"latest", "maxOfLatestTwo", "any"}, sink_);
      if (aggregate == "maxOfLatestTwo") {
        rule.aggregate = ValueAggregate::kMaxOfLatestTwo;
      } else if (aggregate == "any") {
        rule.aggregate = ValueAggregate::kAny;
      }
      ok = aggregate.has_value();
    }
    std::vector<std::string_view> present;
    for (const std::string_view key : kCompareKeys) {
      if (node.contains(key)) {
        present.push_back(key);
      }
    }
    if (present.size() != 1) {
      sink_.Add(path, present.empty() ? "value needs one of below, above, atMost, atLeast"
                                      : "value takes only one of below, above, atMost, atLeast");
      return false;
    }
    const std::string_view key = present.front();
    rule.compare = key == "below"    ? Rule::Compare::kBelow
                   : key == "above"  ? Rule::Compare::kAbove
                   : key == "atMost" ? Rule::Compare::kAtMost
                                     : Rule::Compare::kAtLeast;
    const auto threshold = ReadNumber(node.at(key), JoinPath(path, key), sink_);
    rule.threshold = threshold.value_or(0);
    return threshold.has_value() && ok;
  }

  bool ParseChildren(const json& value, const std::string& path, std::string_view selector,
                     Rule& rule) {
    if (!value.is_array()) {
      sink_.Add(path, std::string(selector) + " must be a list of rules");
      return false;
    }
    if (value.empty()) {
      sink_.Add(path, std::string(selector) + " needs at least one rule");
      return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < value.size(); ++i) {
      RulePtr child = Parse(value[i], IndexPath(path, i));
      ok = ok && child != nullptr;
      rule.children.push_back(std::move(child));
    }
    return ok;
  }

  bool Reference(const json& node, const std::string& path, std::string_view key,
                 RuleReference::Target target, Rule& rule) {
    const auto name = ReadString(node, path, key, true, sink_);
    if (!name) {
      return false;
    }
    rule.list = *name;
    references_.push_back({target, *name, std::string(key), JoinPath(path, key), sink_.origin});
    return true;
  }

  RuleScope scope_;
  const IssueSink& sink_;
  std::vector<RuleReference>& references_;
};

}  // namespace

RulePtr ParseRuleNode(const json& node, const std::string& path, RuleScope scope,
                      const IssueSink& sink, std::vector<RuleReference>& references) {
  return Parser(scope, sink, references).Parse(node, path);
}

}  // namespace lcn::casefinding
