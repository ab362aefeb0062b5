// SPDX-License-Identifier: Apache-2.0
#include "care/assessments/scoring.hpp"

#include <map>

#include "core/json_input.hpp"

namespace lcn::assessment {
namespace {

using nlohmann::json;

constexpr std::size_t kQuotedTextLength = 100;

std::string Field(const std::string& link_id) {
  return "answers." + link_id;
}

bool Unanswered(const json& value) {
  return value.is_null() ||
         (value.is_string() &&
          value.get_ref<const std::string&>().find_first_not_of(" \t\r\n") == std::string::npos);
}

// The number of characters (UTF-8 code points) in `text`.
std::size_t Characters(const std::string& text) {
  std::size_t n = 0;
  for (const char c : text) {
    n += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
  }
  return n;
}

std::string OptionCodes(const Item& item) {
  std::string out;
  for (const AnswerOption& option : item.options) {
    out += (out.empty() ? "" : ", ") + option.code;
  }
  return out;
}

// "9. Thoughts that you would be better off dead, or of hurting yourself" (shortened).
std::string Quote(const Item& item) {
  std::string text = item.prefix.empty() ? item.text : item.prefix + ". " + item.text;
  if (Characters(text) > kQuotedTextLength) {
    std::size_t cut = kQuotedTextLength;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) {
      --cut;
    }
    text = text.substr(0, cut) + "...";
  }
  return "\"" + text + "\"";
}

// The problem with `value` as an answer to `item`, or "" when it is a valid answer.
std::string CheckAnswer(const Item& item, const json& value) {
  switch (item.type) {
    case ItemType::kBoolean:
      return value.is_boolean() ? "" : "must be true or false";
    case ItemType::kChoice:
      if (!value.is_string() || item.Option(value.get<std::string>()) == nullptr) {
        return "must be one of the option codes " + OptionCodes(item);
      }
      return "";
    case ItemType::kInteger: {
      if (!value.is_number_integer()) {
        return "must be a whole number";
      }
      const auto number = value.get<std::int64_t>();
      if ((item.min_value && number < *item.min_value) ||
          (item.max_value && number > *item.max_value)) {
        return "must be between " + std::to_string(item.min_value.value_or(0)) + " and " +
               std::to_string(item.max_value.value_or(0));
      }
      return "";
    }
    case ItemType::kString:
    case ItemType::kText:
      if (!value.is_string()) {
        return "must be text";
      }
      if (Characters(value.get<std::string>()) > static_cast<std::size_t>(item.max_length)) {
        return "must be at most " + std::to_string(item.max_length) + " characters";
      }
      return "";
    case ItemType::kGroup:
    case ItemType::kDisplay:
      break;
  }
  return "cannot be answered";
}

// The value an answer counts for: the option's ordinal, or the whole number given.
std::optional<int> ValueOf(const Item& item, const json& answer) {
  if (item.type == ItemType::kInteger && answer.is_number_integer()) {
    return static_cast<int>(answer.get<std::int64_t>());
  }
  if (item.type == ItemType::kChoice && answer.is_string()) {
    const AnswerOption* option = item.Option(answer.get<std::string>());
    return option != nullptr ? option->ordinal : std::nullopt;
  }
  return std::nullopt;
}

std::vector<std::string> LinkIds(const Questionnaire& q) {
  std::vector<std::string> out;
  for (const Item& item : q.items) {
    out.push_back(item.link_id);
  }
  return out;
}

bool InRange(int value, const FlagCondition& when) {
  return (!when.at_least || value >= *when.at_least) && (!when.at_most || value <= *when.at_most);
}

bool Holds(const FlagCondition& when, const Questionnaire& q, const json& answers,
           const std::vector<ScoreResult>& scores) {
  if (when.score) {
    for (const ScoreResult& score : scores) {
      if (score.id == *when.score) {
        return InRange(score.value, when);
      }
    }
    return false;
  }
  const Item* item = q.FindItem(*when.item);
  const auto answer = answers.find(*when.item);
  if (item == nullptr || answer == answers.end()) {
    return false;
  }
  if (when.equals) {
    return *answer == *when.equals;
  }
  const auto value = ValueOf(*item, *answer);
  return value && InRange(*value, when);
}

void Score(const Questionnaire& q, Evaluation& out) {
  if (!q.scoring) {
    return;
  }
  for (const ScoreRule& rule : q.scoring->scores) {
    ScoreResult result{rule.id, rule.name, 0, ""};
    for (const std::string& link_id : rule.items) {
      // Scored items are required and checked, so each has an answer with a value.
      result.value += ValueOf(*q.FindItem(link_id), out.answers.at(link_id)).value_or(0);
    }
    result.band = BandOf(rule, result.value);
    if (q.scoring->primary == rule.id) {
      out.primary = result;
    }
    out.scores.push_back(std::move(result));
  }
  for (const FlagRule& flag : q.scoring->flags) {
    if (Holds(flag.when, q, out.answers, out.scores)) {
      out.flags.push_back({flag.id, flag.severity, flag.message});
    }
  }
}

}  // namespace

Evaluation Evaluate(const Questionnaire& questionnaire, const json& answers) {
  Evaluation out;
  if (!answers.is_object()) {
    out.issues.push_back({"answers", "must be an object of linkId to answer"});
    return out;
  }
  std::map<std::string, bool> given;  // linkId -> the answer was valid
  for (const auto& [link_id, value] : answers.items()) {
    const Item* item = questionnaire.FindItem(link_id);
    if (item == nullptr) {
      out.issues.push_back({Field(link_id), "is not an item of " + questionnaire.id +
                                                DidYouMean(link_id, LinkIds(questionnaire))});
      continue;
    }
    if (!item->Answerable()) {
      out.issues.push_back({Field(link_id), "is a " + std::string(ItemTypeName(item->type)) +
                                                " heading, not a question"});
      continue;
    }
    if (Unanswered(value)) {
      continue;
    }
    const std::string problem = CheckAnswer(*item, value);
    given[link_id] = problem.empty();
    if (!problem.empty()) {
      out.issues.push_back({Field(link_id), problem});
    } else {
      out.answers[link_id] = value;
    }
  }
  for (const Item& item : questionnaire.items) {
    if (item.Answerable() && item.required && given.count(item.link_id) == 0) {
      out.issues.push_back({Field(item.link_id), "is missing: " + Quote(item)});
    }
  }
  if (out.Complete()) {
    Score(questionnaire, out);
  }
  return out;
}

std::string BandOf(const ScoreRule& rule, int value) {
  for (const Band& band : rule.bands) {
    if (value >= band.min && value <= band.max) {
      return band.label;
    }
  }
  return "";
}

json ScoresJson(const std::vector<ScoreResult>& scores) {
  json out = json::array();
  for (const ScoreResult& s : scores) {
    out.push_back({{"id", s.id}, {"name", s.name}, {"value", s.value}, {"band", s.band}});
  }
  return out;
}

json FlagsJson(const std::vector<RaisedFlag>& flags) {
  json out = json::array();
  for (const RaisedFlag& f : flags) {
    out.push_back({{"id", f.id}, {"severity", f.severity}, {"message", f.message}});
  }
  return out;
}

}  // namespace lcn::assessment
