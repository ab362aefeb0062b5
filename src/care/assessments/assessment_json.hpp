// SPDX-License-Identifier: Apache-2.0
//
// The JSON of questionnaires, recorded assessments and trends (docs/assessments.md), camelCase
// as the rest of the API. Pure.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "care/assessments/assessment_repository.hpp"
#include "care/assessments/questionnaire.hpp"
#include "care/assessments/scoring.hpp"

namespace lcn::api::handlers {

// {id, url, version, name, title, status, description, scoring} without the items.
nlohmann::json QuestionnaireSummaryJson(const assessment::Questionnaire& q);

// One recorded assessment. `q` is the questionnaire when LCN still has it (for its title).
// `status` is current, superseded (corrected by `correctedBy`) or entered_in_error.
nlohmann::json AssessmentJson(const store::Assessment& a, const assessment::Questionnaire* q);

// The trend of `q` for one person from `oldest_first`: points (date, primary total and band,
// flags) and one series per score.
nlohmann::json TrendJson(PersonId person, const assessment::Questionnaire& q,
                         const std::vector<store::Assessment>& oldest_first);

}  // namespace lcn::api::handlers
