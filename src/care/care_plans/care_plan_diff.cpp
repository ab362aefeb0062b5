// SPDX-License-Identifier: Apache-2.0
#include "care/care_plans/care_plan_diff.hpp"

#include <algorithm>
#include <functional>

namespace lcn::domain {
namespace {

using nlohmann::json;

constexpr std::size_t kQuoteLength = 80;

// 'text', shortened to about kQuoteLength characters (never inside a UTF-8 sequence).
std::string Quote(const std::string& text) {
  if (text.size() <= kQuoteLength) {
    return "'" + text + "'";
  }
  std::size_t cut = kQuoteLength;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  return "'" + text.substr(0, cut) + "…'";
}

bool IsNone(const json& v) {
  return v.is_null() || (v.is_string() && v.get<std::string>().empty()) ||
         (v.is_array() && v.empty());
}

std::string Words(const std::string& wire) {
  std::string out = wire;
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

// The words for an item of `section` in one version, by id.
std::string LabelIn(const json& items, const std::string& key, const std::string& id) {
  for (const auto& item : items) {
    if (item["id"] == id) {
      return Quote(item[key].get<std::string>());
    }
  }
  return "'" + id + "'";
}

std::string OwnerWords(const json& owner) {
  const std::string kind = owner["kind"].get<std::string>();
  const std::string name = owner["name"].is_string() ? owner["name"].get<std::string>() : "";
  if (kind == "person") {
    return "the person";
  }
  if (kind == "carer") {
    return name.empty() ? "their carer" : "their carer (" + name + ")";
  }
  if (!name.empty()) {
    return name;
  }
  return "the " + std::string(kind == "user" ? "member of staff" : kind) + " with id " +
         std::to_string(owner.value("id", std::int64_t{0}));
}

// How one field's value reads in a sentence; `plan` is the version the value comes from.
std::string ValueWords(const std::string& field, const json& value, const json& plan) {
  if (IsNone(value)) {
    return "none";
  }
  if (field == "domain") {
    const auto d = ParseNeedDomain(value.get<std::string>());
    return d ? std::string(NeedDomainLabel(*d)) : value.get<std::string>();
  }
  if (field == "needIds") {
    std::string out;
    for (const auto& id : value) {
      out += (out.empty() ? "" : ", ") + LabelIn(plan["needs"], "description", id);
    }
    return out;
  }
  if (field == "goalId") {
    return LabelIn(plan["goals"], "inOwnWords", value.get<std::string>());
  }
  if (field == "owner") {
    return OwnerWords(value);
  }
  if (field == "status" || field == "agreedWith" || field == "how") {
    return Words(value.get<std::string>());
  }
  if (field == "dueDate" || field == "agreedOn" || field == "reviewDate") {
    return value.get<std::string>();
  }
  return Quote(value.get<std::string>());
}

std::string FieldWords(const std::string& field) {
  static const std::vector<std::pair<std::string, std::string>> kWords = {
      {"domain", "area"},
      {"needIds", "the needs it meets"},
      {"measureOfSuccess", "how success will be measured"},
      {"goalId", "goal"},
      {"owner", "owner"},
      {"dueDate", "due date"},
      {"status", "status"},
      {"warningSigns", "warning signs"},
      {"whatToDo", "what to do"},
      {"whoToContact", "who to contact"}};
  for (const auto& [key, words] : kWords) {
    if (key == field) {
      return words;
    }
  }
  return field;
}

// "<subject> changed <field> from A to B", or "set to", or "removed (was A)"; without the field
// words for a field that is the subject itself (the review date).
std::string ChangeSentence(const std::string& subject, const FieldChange& c, const json& from_plan,
                           const json& to_plan) {
  const std::string field = c.field == "reviewDate" ? "" : FieldWords(c.field);
  if (IsNone(c.from)) {
    return (field.empty() ? subject : subject + ": " + field) + " set to " +
           ValueWords(c.field, c.to, to_plan);
  }
  if (IsNone(c.to)) {
    return (field.empty() ? subject : subject + ": " + field) + " removed (was " +
           ValueWords(c.field, c.from, from_plan) + ")";
  }
  return subject + " changed " + (field.empty() ? "" : field + " ") + "from " +
         ValueWords(c.field, c.from, from_plan) + " to " + ValueWords(c.field, c.to, to_plan);
}

struct Section {
  std::string key;    // "needs"
  std::string noun;   // "Need"
  std::string label;  // the field that holds the item's words
};

SectionChanges DiffSection(const Section& s, const json& from_plan, const json& to_plan,
                           std::vector<std::string>& sentences) {
  SectionChanges out;
  const json& before = from_plan[s.key];
  const json& after = to_plan[s.key];
  auto find = [](const json& items, const json& id) -> const json* {
    for (const auto& item : items) {
      if (item["id"] == id) {
        return &item;
      }
    }
    return nullptr;
  };
  for (const auto& item : after) {
    const json* old = find(before, item["id"]);
    const std::string words = Quote(item[s.label].get<std::string>());
    if (old == nullptr) {
      out.added.push_back(item);
      std::string sentence = s.noun + " added";
      if (s.key == "needs") {
        sentence += " (" + ValueWords("domain", item["domain"], to_plan) + ")";
      }
      sentence += ": " + words;
      if (s.key == "actions") {
        sentence += ", by " + OwnerWords(item["owner"]);
        if (item["dueDate"].is_string()) {
          sentence += ", due " + item["dueDate"].get<std::string>();
        }
      }
      sentences.push_back(sentence);
      continue;
    }
    ItemChange change{item["id"].get<std::string>(), item[s.label].get<std::string>(), {}};
    for (const auto& [field, value] : item.items()) {
      if (field == "id" || (*old)[field] == value) {
        continue;
      }
      FieldChange c{field, (*old)[field], value};
      if (field == s.label) {
        sentences.push_back(s.noun + " changed from " + Quote((*old)[field].get<std::string>()) +
                            " to " + words);
      } else {
        sentences.push_back(ChangeSentence(s.noun + " " + words, c, from_plan, to_plan));
      }
      change.fields.push_back(std::move(c));
    }
    if (!change.fields.empty()) {
      out.changed.push_back(std::move(change));
    }
  }
  for (const auto& item : before) {
    if (find(after, item["id"]) == nullptr) {
      out.removed.push_back(item);
      sentences.push_back(s.noun + " removed: " + Quote(item[s.label].get<std::string>()));
    }
  }
  return out;
}

std::vector<FieldChange> DiffFields(const json& before, const json& after) {
  std::vector<FieldChange> out;
  for (const auto& [field, value] : after.items()) {
    if (before[field] != value) {
      out.push_back({field, before[field], value});
    }
  }
  return out;
}

// "with the person and their carer, face to face, on 2026-06-01".
std::string AgreementWords(const json& a) {
  const std::string with = a["agreedWith"].get<std::string>();
  std::string out = with == "person"  ? "with the person"
                    : with == "carer" ? "with their carer"
                                      : "with the person and their carer";
  if (a["how"].is_string()) {
    out += ", " + Words(a["how"].get<std::string>());
  }
  if (a["agreedOn"].is_string()) {
    out += ", on " + a["agreedOn"].get<std::string>();
  }
  return out;
}

std::string AgreementSentence(const json& before, const json& after) {
  const bool was = before["agreedWith"] != "not_yet_agreed";
  const bool is = after["agreedWith"] != "not_yet_agreed";
  if (!is) {
    return "The plan is no longer marked as agreed (it was agreed " + AgreementWords(before) + ")";
  }
  if (!was) {
    return "Plan agreed " + AgreementWords(after);
  }
  return "Agreement changed: now agreed " + AgreementWords(after) + " (was " +
         AgreementWords(before) + ")";
}

json SectionJson(const SectionChanges& s) {
  json changed = json::array();
  for (const auto& c : s.changed) {
    json fields = json::array();
    for (const auto& f : c.fields) {
      fields.push_back({{"field", f.field}, {"from", f.from}, {"to", f.to}});
    }
    changed.push_back({{"id", c.id}, {"label", c.label}, {"fields", fields}});
  }
  return {{"added", s.added}, {"removed", s.removed}, {"changed", changed}};
}

json FieldsJson(const std::vector<FieldChange>& changes) {
  json out = json::array();
  for (const auto& f : changes) {
    out.push_back({{"field", f.field}, {"from", f.from}, {"to", f.to}});
  }
  return out;
}

}  // namespace

CarePlanDiff DiffCarePlans(const CarePlanContent& from, const CarePlanContent& to) {
  const json before = CarePlanContentJson(from);
  const json after = CarePlanContentJson(to);
  CarePlanDiff d;
  d.needs = DiffSection({"needs", "Need", "description"}, before, after, d.sentences);
  d.goals = DiffSection({"goals", "Goal", "inOwnWords"}, before, after, d.sentences);
  d.actions = DiffSection({"actions", "Action", "description"}, before, after, d.sentences);
  d.contingency = DiffFields(before["contingency"], after["contingency"]);
  for (const auto& c : d.contingency) {
    d.sentences.push_back(ChangeSentence("Crisis plan", c, before, after));
  }
  d.agreement = DiffFields(before["agreement"], after["agreement"]);
  if (!d.agreement.empty()) {
    d.sentences.push_back(AgreementSentence(before["agreement"], after["agreement"]));
  }
  if (before["reviewDate"] != after["reviewDate"]) {
    d.review_date = FieldChange{"reviewDate", before["reviewDate"], after["reviewDate"]};
    d.sentences.push_back(ChangeSentence("Review date", *d.review_date, before, after));
  }
  return d;
}

json CarePlanDiffJson(const CarePlanDiff& d) {
  return {
      {"needs", SectionJson(d.needs)},
      {"goals", SectionJson(d.goals)},
      {"actions", SectionJson(d.actions)},
      {"contingency", FieldsJson(d.contingency)},
      {"agreement", FieldsJson(d.agreement)},
      {"reviewDate", d.review_date ? json{{"from", d.review_date->from}, {"to", d.review_date->to}}
                                   : json(nullptr)},
      {"sentences", d.sentences},
      {"changed", !d.sentences.empty()}};
}

}  // namespace lcn::domain
