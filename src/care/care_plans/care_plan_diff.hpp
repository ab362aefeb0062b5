// SPDX-License-Identifier: Apache-2.0
//
// The readable difference between two versions of a care plan: for needs, goals and actions
// (followed by their stable ids) the items added, removed and changed with each changed field's
// old and new value; the changed fields of the contingency plan and the agreement; the review
// date; and the same as plain-English sentences ("Goal added: 'I want to walk to the shop
// again'", "Action 'Arrange grab rails' changed owner from the person to North Practice",
// "Review date changed from 2026-12-01 to 2027-01-15"). The order of items is not a change.
// Pure; thread-compatible.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "care/care_plans/care_plan.hpp"

namespace lcn::domain {

// One field's old and new value, as in the plan's canonical JSON (CarePlanContentJson).
struct FieldChange {
  std::string field;  // e.g. "owner", "dueDate", "warningSigns"
  nlohmann::json from;
  nlohmann::json to;
};

struct ItemChange {
  std::string id;
  std::string label;  // the item's words in the newer version
  std::vector<FieldChange> fields;
};

struct SectionChanges {
  std::vector<nlohmann::json> added;    // the items as in `to`
  std::vector<nlohmann::json> removed;  // the items as in `from`
  std::vector<ItemChange> changed;
};

struct CarePlanDiff {
  SectionChanges needs;
  SectionChanges goals;
  SectionChanges actions;
  std::vector<FieldChange> contingency;  // warningSigns, whatToDo, whoToContact
  std::vector<FieldChange> agreement;    // agreedWith, how, agreedOn
  std::optional<FieldChange> review_date;
  std::vector<std::string> sentences;  // in the order above; empty when nothing changed
};

// What changed from `from` to `to` (either may be EmptyCarePlan()).
[[nodiscard]] CarePlanDiff DiffCarePlans(const CarePlanContent& from, const CarePlanContent& to);

// {needs: {added, removed, changed: [{id, label, fields: [{field, from, to}]}]}, goals,
// actions, contingency: [...], agreement: [...], reviewDate: {from, to} | null, sentences,
// changed: bool}.
[[nodiscard]] nlohmann::json CarePlanDiffJson(const CarePlanDiff& diff);

}  // namespace lcn::domain
