// SPDX-License-Identifier: Apache-2.0
#include "care/assessments/questionnaire.hpp"

#include <algorithm>

namespace lcn::assessment {

std::string_view ItemTypeName(ItemType type) {
  switch (type) {
    case ItemType::kGroup:
      return "group";
    case ItemType::kDisplay:
      return "display";
    case ItemType::kBoolean:
      return "boolean";
    case ItemType::kChoice:
      return "choice";
    case ItemType::kInteger:
      return "integer";
    case ItemType::kString:
      return "string";
    case ItemType::kText:
      return "text";
  }
  return "unknown";
}

std::optional<std::pair<int, int>> Item::ValueRange() const {
  if (type == ItemType::kInteger && min_value && max_value) {
    return std::pair(*min_value, *max_value);
  }
  if (type != ItemType::kChoice || options.empty()) {
    return std::nullopt;
  }
  std::pair<int, int> range{0, 0};
  bool first = true;
  for (const AnswerOption& option : options) {
    if (!option.ordinal) {
      return std::nullopt;
    }
    range.first = first ? *option.ordinal : std::min(range.first, *option.ordinal);
    range.second = first ? *option.ordinal : std::max(range.second, *option.ordinal);
    first = false;
  }
  return range;
}

const AnswerOption* Item::Option(const std::string& code) const {
  for (const AnswerOption& option : options) {
    if (option.code == code) {
      return &option;
    }
  }
  return nullptr;
}

const Item* Questionnaire::FindItem(const std::string& link_id) const {
  for (const Item& item : items) {
    if (item.link_id == link_id) {
      return &item;
    }
  }
  return nullptr;
}

const ScoreRule* Questionnaire::FindScore(const std::string& score_id) const {
  if (!scoring) {
    return nullptr;
  }
  for (const ScoreRule& score : scoring->scores) {
    if (score.id == score_id) {
      return &score;
    }
  }
  return nullptr;
}

QuestionnaireSet::QuestionnaireSet(std::vector<Questionnaire> questionnaires)
    : questionnaires_(std::move(questionnaires)) {
  std::sort(questionnaires_.begin(), questionnaires_.end(),
            [](const Questionnaire& a, const Questionnaire& b) { return a.id < b.id; });
}

const Questionnaire* QuestionnaireSet::Find(const std::string& id) const {
  for (const Questionnaire& q : questionnaires_) {
    if (q.id == id) {
      return &q;
    }
  }
  return nullptr;
}

std::string QuestionnaireSet::Ids() const {
  std::string out;
  for (const Questionnaire& q : questionnaires_) {
    out += (out.empty() ? "" : ", ") + q.id;
  }
  return out;
}

}  // namespace lcn::assessment
