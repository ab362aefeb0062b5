// SPDX-License-Identifier: Apache-2.0
//
// lcnScoring: {scores: [{id, name, items, bands, code?, source?}], primary?, flags: [{id,
// severity, message, when, source?}]}. Every reference is checked against the items: a scored
// item must be required and have a value range (a choice with an ordinal on every option, or an
// integer with minValue and maxValue), and a score's bands must cover its possible range exactly.
#include <algorithm>
#include <set>

#include "care/assessments/questionnaire_parts.hpp"

namespace lcn::assessment {
namespace {

using nlohmann::json;

const Item* ScorableItem(const std::string& link_id, const std::vector<Item>& items,
                         const std::string& path, const IssueSink& sink) {
  const auto it = std::find_if(items.begin(), items.end(),
                               [&](const Item& item) { return item.link_id == link_id; });
  if (it == items.end()) {
    sink.Add(path, "no item has the linkId '" + link_id + "'");
    return nullptr;
  }
  if (!it->ValueRange()) {
    sink.Add(path, "the item '" + link_id +
                       "' has no value to count: it must be a choice with an ordinalValue on "
                       "every option, or an integer with minValue and maxValue");
    return nullptr;
  }
  return &*it;
}

std::vector<Band> ParseBands(const json& score, const std::string& path, const ScoreRule& rule,
                             const IssueSink& sink) {
  std::vector<Band> bands;
  const auto it = score.find("bands");
  const std::string list_path = JoinPath(path, "bands");
  if (it == score.end() || !it->is_array() || it->empty()) {
    sink.Add(it == score.end() ? path : list_path, "a score needs a non-empty list 'bands'");
    return bands;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& band = (*it)[i];
    const std::string at = IndexPath(list_path, i);
    if (!band.is_object()) {
      sink.Add(at, "must be an object, not " + std::string(DescribeType(band)));
      return {};
    }
    RefuseUnknownKeys(band, at, {"min", "max", "label"}, sink);
    const auto label = ReadString(band, at, "label", true, sink);
    std::optional<int> read_min, read_max;
    if (band.contains("min")) {
      read_min = ReadWholeNumber(band["min"], JoinPath(at, "min"), 0, sink);
    }
    if (band.contains("max")) {
      read_max = ReadWholeNumber(band["max"], JoinPath(at, "max"), 0, sink);
    }
    if (!band.contains("min") || !band.contains("max")) {
      sink.Add(at, "a band needs 'min' and 'max'");
    }
    if (!label || !read_min || !read_max) {
      return {};
    }
    // Plain ints from here: GCC 12 at -O2 thinks the optionals' values may be uninitialised.
    const int min = *read_min, max = *read_max;
    if (min > max) {
      sink.Add(at, "min is greater than max");
      return {};
    }
    const int expected = bands.empty() ? rule.min : bands.back().max + 1;
    if (min != expected) {
      sink.Add(JoinPath(at, "min"),
               bands.empty() ? "the first band must start at the lowest possible score, " +
                                   std::to_string(rule.min)
                             : "must be " + std::to_string(expected) +
                                   ", one more than the end of the band before (no gaps or "
                                   "overlaps)");
      return {};
    }
    bands.push_back({min, max, *label});
  }
  if (bands.back().max != rule.max) {
    sink.Add(JoinPath(IndexPath(list_path, bands.size() - 1), "max"),
             "the last band must end at the highest possible score, " + std::to_string(rule.max));
    return {};
  }
  return bands;
}

std::optional<Coding> ParseCoding(const json& score, const std::string& path,
                                  const IssueSink& sink) {
  const auto it = score.find("code");
  if (it == score.end()) {
    return std::nullopt;
  }
  const std::string at = JoinPath(path, "code");
  if (!it->is_object()) {
    sink.Add(at, "must be an object {system, code, display}");
    return std::nullopt;
  }
  RefuseUnknownKeys(*it, at, {"system", "code", "display"}, sink);
  const auto system = ReadString(*it, at, "system", true, sink);
  const auto code = ReadString(*it, at, "code", true, sink);
  const auto display = ReadString(*it, at, "display", true, sink);
  if (!system || !code || !display) {
    return std::nullopt;
  }
  return Coding{*system, *code, *display};
}

std::optional<ScoreRule> ParseScore(const json& score, const std::string& path,
                                    const std::vector<Item>& items, const IssueSink& sink) {
  if (!score.is_object()) {
    sink.Add(path, "must be an object, not " + std::string(DescribeType(score)));
    return std::nullopt;
  }
  RefuseUnknownKeys(score, path, {"id", "name", "items", "bands", "code", "source"}, sink);
  ScoreRule rule;
  const auto id = ReadString(score, path, "id", true, sink);
  const auto name = ReadString(score, path, "name", true, sink);
  rule.source = ReadString(score, path, "source", false, sink).value_or("");
  rule.code = ParseCoding(score, path, sink);
  const auto list = score.find("items");
  if (list == score.end() || !list->is_array() || list->empty()) {
    sink.Add(list == score.end() ? path : JoinPath(path, "items"),
             "a score needs a non-empty list 'items' of linkIds");
    return std::nullopt;
  }
  bool items_ok = true;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string at = IndexPath(JoinPath(path, "items"), i);
    const json& entry = (*list)[i];
    const Item* item =
        entry.is_string() ? ScorableItem(entry.get<std::string>(), items, at, sink) : nullptr;
    if (!entry.is_string()) {
      sink.Add(at, "must be a linkId (a string)");
    }
    if (item == nullptr) {
      items_ok = false;
      continue;
    }
    if (!item->required) {
      sink.Add(at, "the scored item '" + item->link_id + "' must be required");
      items_ok = false;
    }
    if (std::find(rule.items.begin(), rule.items.end(), item->link_id) != rule.items.end()) {
      sink.Add(at, "the item '" + item->link_id + "' is counted twice");
      items_ok = false;
    }
    rule.items.push_back(item->link_id);
    rule.min += item->ValueRange()->first;
    rule.max += item->ValueRange()->second;
  }
  if (!id || !name || !items_ok) {
    return std::nullopt;
  }
  if (!IsPlainId(*id)) {
    sink.Add(JoinPath(path, "id"), "must be 1-64 lower-case letters, digits or '-'");
  }
  rule.id = *id;
  rule.name = *name;
  rule.bands = ParseBands(score, path, rule, sink);
  if (rule.bands.empty()) {
    return std::nullopt;
  }
  return rule;
}

// Checks `when` of a flag against the items and scores.
std::optional<FlagCondition> ParseCondition(const json& flag, const std::string& path,
                                            const std::vector<Item>& items,
                                            const std::vector<ScoreRule>& scores,
                                            const IssueSink& sink) {
  const auto it = flag.find("when");
  const std::string at = JoinPath(path, "when");
  if (it == flag.end() || !it->is_object()) {
    sink.Add(it == flag.end() ? path : at, "a flag needs an object 'when'");
    return std::nullopt;
  }
  const json& when = *it;
  RefuseUnknownKeys(when, at, {"item", "score", "atLeast", "atMost", "equals"}, sink);
  FlagCondition condition;
  condition.item = ReadString(when, at, "item", false, sink);
  condition.score = ReadString(when, at, "score", false, sink);
  if (condition.item.has_value() == condition.score.has_value()) {
    sink.Add(at, "name exactly one of 'item' or 'score'");
    return std::nullopt;
  }
  for (const char* bound : {"atLeast", "atMost"}) {
    if (when.contains(bound)) {
      const auto value = ReadWholeNumber(when[bound], JoinPath(at, bound), 0, sink);
      (std::string_view(bound) == "atLeast" ? condition.at_least : condition.at_most) = value;
    }
  }
  if (when.contains("equals")) {
    condition.equals = when["equals"];
  }
  const bool bounded = when.contains("atLeast") || when.contains("atMost");
  if (bounded == condition.equals.has_value()) {
    sink.Add(at, "give 'atLeast' and/or 'atMost', or 'equals'");
    return std::nullopt;
  }
  if (condition.score) {
    const bool known = std::any_of(scores.begin(), scores.end(),
                                   [&](const ScoreRule& s) { return s.id == *condition.score; });
    if (!known || condition.equals) {
      sink.Add(JoinPath(at, "score"), known ? "a score is compared with atLeast or atMost"
                                            : "no score has the id '" + *condition.score + "'");
      return std::nullopt;
    }
    return condition;
  }
  if (bounded) {
    return ScorableItem(*condition.item, items, JoinPath(at, "item"), sink) != nullptr
               ? std::optional(condition)
               : std::nullopt;
  }
  const auto item = std::find_if(items.begin(), items.end(),
                                 [&](const Item& i) { return i.link_id == *condition.item; });
  const bool valid = item != items.end() &&
                     ((item->type == ItemType::kBoolean && condition.equals->is_boolean()) ||
                      (item->type == ItemType::kChoice && condition.equals->is_string() &&
                       item->Option(condition.equals->get<std::string>()) != nullptr));
  if (!valid) {
    sink.Add(JoinPath(at, "equals"),
             item == items.end() ? "no item has the linkId '" + *condition.item + "'"
                                 : "must be true or false for a boolean item, or one of the "
                                   "item's option codes for a choice item");
    return std::nullopt;
  }
  return condition;
}

std::optional<FlagRule> ParseFlag(const json& flag, const std::string& path,
                                  const std::vector<Item>& items,
                                  const std::vector<ScoreRule>& scores, const IssueSink& sink) {
  if (!flag.is_object()) {
    sink.Add(path, "must be an object, not " + std::string(DescribeType(flag)));
    return std::nullopt;
  }
  RefuseUnknownKeys(flag, path, {"id", "severity", "message", "when", "source"}, sink);
  const auto id = ReadString(flag, path, "id", true, sink);
  const auto severity = ReadChoice(flag, path, "severity", {"urgent", "warning", "info"}, sink);
  const auto message = ReadString(flag, path, "message", true, sink);
  const auto source = ReadString(flag, path, "source", false, sink);
  auto when = ParseCondition(flag, path, items, scores, sink);
  if (!id || !severity || !message || !when) {
    return std::nullopt;
  }
  if (!IsPlainId(*id)) {
    sink.Add(JoinPath(path, "id"), "must be 1-64 lower-case letters, digits or '-'");
  }
  return FlagRule{*id, *severity, *message, std::move(*when), source.value_or("")};
}

// Parses the list `key` of `object` with `parse`, refusing duplicate ids.
template <typename T, typename Parse>
std::vector<T> ParseList(const json& object, const std::string& path, const std::string& key,
                         const IssueSink& sink, Parse parse) {
  std::vector<T> out;
  const auto it = object.find(key);
  if (it == object.end()) {
    return out;
  }
  const std::string list_path = JoinPath(path, key);
  if (!it->is_array()) {
    sink.Add(list_path, "must be a list, not " + std::string(DescribeType(*it)));
    return out;
  }
  std::set<std::string> ids;
  for (std::size_t i = 0; i < it->size(); ++i) {
    auto parsed = parse((*it)[i], IndexPath(list_path, i));
    if (parsed && !ids.insert(parsed->id).second) {
      sink.Add(JoinPath(IndexPath(list_path, i), "id"),
               "the id '" + parsed->id + "' is used twice");
    } else if (parsed) {
      out.push_back(std::move(*parsed));
    }
  }
  return out;
}

}  // namespace

std::optional<Scoring> ParseScoring(const json& object, const std::string& path,
                                    const std::vector<Item>& items, const IssueSink& sink) {
  if (!object.is_object()) {
    sink.Add(path, "must be an object, not " + std::string(DescribeType(object)));
    return std::nullopt;
  }
  RefuseUnknownKeys(object, path, {"scores", "primary", "flags"}, sink);
  Scoring scoring;
  scoring.scores = ParseList<ScoreRule>(object, path, "scores", sink, [&](const json& s, auto at) {
    return ParseScore(s, at, items, sink);
  });
  scoring.flags = ParseList<FlagRule>(object, path, "flags", sink, [&](const json& f, auto at) {
    return ParseFlag(f, at, items, scoring.scores, sink);
  });
  scoring.primary = ReadString(object, path, "primary", false, sink);
  if (scoring.primary &&
      std::none_of(scoring.scores.begin(), scoring.scores.end(),
                   [&](const ScoreRule& s) { return s.id == *scoring.primary; })) {
    sink.Add(JoinPath(path, "primary"), "no score has the id '" + *scoring.primary + "'");
  }
  if (scoring.scores.empty() && scoring.flags.empty()) {
    sink.Add(path, "lcnScoring needs at least one score or flag");
  }
  return scoring;
}

}  // namespace lcn::assessment
