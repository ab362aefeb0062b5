// SPDX-License-Identifier: Apache-2.0
//
// Checks a set of answers against a questionnaire and scores them: each answer must name an
// answerable item and have that item's type (an option code for a choice, a whole number within
// minValue..maxValue for an integer, true or false for a boolean, text within maxLength), and
// every required item must be answered. Then each score is the sum of its items' values, placed
// in its band, and every flag whose condition holds is raised. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "care/assessments/questionnaire.hpp"
#include "core/error.hpp"

namespace lcn::assessment {

struct ScoreResult {
  std::string id;
  std::string name;
  int value = 0;
  std::string band;
};

struct RaisedFlag {
  std::string id;
  std::string severity;
  std::string message;
};

struct Evaluation {
  // One issue per problem, field "answers.<linkId>" (or "answers" when it is not an object);
  // a missing required item's message quotes the item. Empty when the answers are complete.
  std::vector<FieldIssue> issues;
  nlohmann::json answers =
      nlohmann::json::object();        // the given answers, nulls and blanks left out
  std::vector<ScoreResult> scores;     // in the questionnaire's order
  std::optional<ScoreResult> primary;  // the scoring's primary score, if any
  std::vector<RaisedFlag> flags;       // in the questionnaire's order

  bool Complete() const { return issues.empty(); }
};

// Evaluates `answers`, a JSON object of linkId -> answer (null or "" counts as unanswered).
// Scores and flags are filled only when the answers are complete.
[[nodiscard]] Evaluation Evaluate(const Questionnaire& questionnaire,
                                  const nlohmann::json& answers);

// The label of the band of `rule` that holds `value`; empty when none does.
[[nodiscard]] std::string BandOf(const ScoreRule& rule, int value);

// The scores [{id, name, value, band}] and flags [{id, severity, message}] of an evaluation, as
// they are stored with a recorded assessment and sent back by the API.
[[nodiscard]] nlohmann::json ScoresJson(const std::vector<ScoreResult>& scores);
[[nodiscard]] nlohmann::json FlagsJson(const std::vector<RaisedFlag>& flags);

}  // namespace lcn::assessment
