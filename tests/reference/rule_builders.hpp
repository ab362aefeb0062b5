// SPDX-License-Identifier: Apache-2.0
//
// Small builders for rule trees in tests: Leaf (one predicate), Tree (anyOf, allOf, not) and
// Value (a value predicate).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "casefinding/rule.hpp"

namespace lcn::casefinding::testdata {

inline RulePtr Leaf(Rule::Kind kind, std::string list = "",
                    std::optional<int> within = std::nullopt, int at_least = 1) {
  auto r = std::make_shared<Rule>();
  r->kind = kind;
  r->list = std::move(list);
  r->within_days = within;
  r->at_least = at_least;
  return r;
}

inline RulePtr Tree(Rule::Kind kind, std::vector<RulePtr> children) {
  auto r = std::make_shared<Rule>();
  r->kind = kind;
  r->children = std::move(children);
  return r;
}

inline RulePtr Value(std::string list, ValueAggregate aggregate, Rule::Compare compare,
                     double threshold, std::optional<int> within = std::nullopt) {
  auto r = std::make_shared<Rule>();
  r->kind = Rule::Kind::kValue;
  r->list = std::move(list);
  r->aggregate = aggregate;
  r->compare = compare;
  r->threshold = threshold;
  r->within_days = within;
  return r;
}

}  // namespace lcn::casefinding::testdata
