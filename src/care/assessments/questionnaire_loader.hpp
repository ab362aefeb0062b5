// SPDX-License-Identifier: Apache-2.0
//
// Reads questionnaire files strictly: each is a FHIR R4 Questionnaire (the subset LCN supports)
// with an optional "lcnScoring" member (docs/assessments.md). Every problem is reported as a
// FieldIssue whose field is "<file>: <JSON path>", e.g. "phq9.json: item[9].answerOption[2]
// .valueCoding.code", and nothing is returned unless every file is valid. Stateless;
// thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "care/assessments/questionnaire.hpp"
#include "core/embedded_file.hpp"
#include "core/error.hpp"

namespace lcn::assessment {

// Parses one file's text. `file` is its name, e.g. "phq9.json": the questionnaire's id must be
// the name without ".json". Adds one issue per problem to `issues`; returns the questionnaire
// only when none was found in it.
[[nodiscard]] std::optional<Questionnaire> ParseQuestionnaire(std::string_view text,
                                                              const std::string& file,
                                                              IssueCollector& issues);

// Parses every file (paths relative to the questionnaire folder; each must end in ".json").
// Throws Error(kBadRequest) with every issue of every file when any is invalid.
[[nodiscard]] QuestionnaireSet LoadQuestionnaires(std::span<const EmbeddedFile> files);

// The questionnaires of data/questionnaires compiled into the binary, parsed once on first use
// and kept for the life of the program. Throws like LoadQuestionnaires only if the embedded
// data is invalid, which the unit tests rule out.
const QuestionnaireSet& DefaultQuestionnaires();

}  // namespace lcn::assessment
