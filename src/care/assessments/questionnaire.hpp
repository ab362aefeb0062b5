// SPDX-License-Identifier: Apache-2.0
//
// A questionnaire as LCN uses it: the FHIR R4 Questionnaire it was read from (served as is), its
// answerable items in document order, and LCN's scoring rules (scores as sums of item values,
// bands, flags). Questionnaires are data (data/questionnaires, docs/assessments.md); this file
// only holds what the loader read. Immutable values; thread-safe to share once built.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace lcn::assessment {

// The FHIR item types LCN supports. kGroup and kDisplay are never answered.
enum class ItemType { kGroup, kDisplay, kBoolean, kChoice, kInteger, kString, kText };

// The FHIR name of `type` ("group", "choice", ...).
std::string_view ItemTypeName(ItemType type);

struct AnswerOption {
  std::string code;
  std::string display;
  std::optional<int> ordinal;  // the ordinalValue extension: the option's score
};

// One item of the questionnaire, flattened: `group` names the enclosing group's linkId.
struct Item {
  std::string link_id;
  std::string prefix;  // e.g. "9", may be empty
  std::string text;
  ItemType type = ItemType::kDisplay;
  bool required = false;
  std::optional<std::string> group;
  std::vector<AnswerOption> options;        // kChoice
  std::optional<int> min_value, max_value;  // kInteger (minValue / maxValue extensions)
  int max_length = 0;                       // kString, kText

  // True for the types that take an answer.
  bool Answerable() const { return type != ItemType::kGroup && type != ItemType::kDisplay; }

  // The item's numeric value range when it can count in a score: a choice with an ordinal on
  // every option, or an integer with both bounds. std::nullopt otherwise.
  std::optional<std::pair<int, int>> ValueRange() const;

  // The option with `code`, or nullptr.
  const AnswerOption* Option(const std::string& code) const;
};

// [min, max] -> label, both ends included.
struct Band {
  int min = 0;
  int max = 0;
  std::string label;
};

struct Coding {
  std::string system;
  std::string code;
  std::string display;
};

// A score: the sum of the values of `items` (each answered: scored items are required), placed
// in one of `bands`, which cover [min, max] exactly, in order and without gaps.
struct ScoreRule {
  std::string id;
  std::string name;
  std::vector<std::string> items;
  std::vector<Band> bands;
  int min = 0;  // the lowest and highest possible sums, from the items' value ranges
  int max = 0;
  std::optional<Coding> code;
  std::string source;  // where the bands come from
};

// When a flag is raised: an item's or a score's value is at least / at most a number, or an
// item's answer equals a value (true or false for a boolean, an option code for a choice).
struct FlagCondition {
  std::optional<std::string> item;
  std::optional<std::string> score;
  std::optional<int> at_least;
  std::optional<int> at_most;
  std::optional<nlohmann::json> equals;
};

struct FlagRule {
  std::string id;
  std::string severity;  // urgent, warning, info
  std::string message;
  FlagCondition when;
  std::string source;
};

struct Scoring {
  std::vector<ScoreRule> scores;
  std::optional<std::string> primary;  // the score shown as the assessment's total and band
  std::vector<FlagRule> flags;
};

struct Questionnaire {
  std::string id;  // the file's name without .json, the FHIR id, and the API's name for it
  std::string url;
  std::string version;
  std::string name;
  std::string title;
  std::string status;       // draft, active, retired, unknown: only active ones take new answers
  std::vector<Item> items;  // every item, groups and displays included, in document order
  std::optional<Scoring> scoring;
  nlohmann::json resource;  // the FHIR Questionnaire as filed, without lcnScoring

  // The item with `link_id`, or nullptr.
  const Item* FindItem(const std::string& link_id) const;

  // The score with `id`, or nullptr.
  const ScoreRule* FindScore(const std::string& score_id) const;
};

// The loaded questionnaires, by id.
class QuestionnaireSet {
 public:
  QuestionnaireSet() = default;

  explicit QuestionnaireSet(std::vector<Questionnaire> questionnaires);

  // The questionnaire with `id`, or nullptr.
  const Questionnaire* Find(const std::string& id) const;

  // All of them, ordered by id.
  const std::vector<Questionnaire>& All() const { return questionnaires_; }

  // "gad7, holistic, ons4, phq9, ucla3", for messages.
  std::string Ids() const;

 private:
  std::vector<Questionnaire> questionnaires_;
};

}  // namespace lcn::assessment
