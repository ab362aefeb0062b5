// SPDX-License-Identifier: Apache-2.0
//
// Holistic assessments and scored instruments (docs/assessments.md): the questionnaires LCN
// knows (data, FHIR Questionnaire-shaped), recording a completed one for a person (scored on the
// server; an incomplete one is refused with each missing item named), a person's history and the
// trend of one instrument; correcting one (a new assessment that supersedes it) or marking it
// entered in error (kept, shown struck through, out of the trend). Every access to a person's
// assessments needs a legitimate relationship and is audited in the same transaction. Plain
// functions; no state.
#pragma once

#include "api/router.hpp"

namespace lcn::api::handlers {

Response ListQuestionnaires(const Request& req, const Call& call);
Response GetQuestionnaire(const Request& req, const Call& call);
Response RecordAssessment(const Request& req, const Call& call);
Response ListAssessments(const Request& req, const Call& call);
Response GetAssessment(const Request& req, const Call& call);
Response GetAssessmentTrend(const Request& req, const Call& call);

// POST .../assessments/{assessmentId}/entered-in-error {reason} (assessment_correction_handlers).
Response MarkAssessmentEnteredInError(const Request& req, const Call& call);

}  // namespace lcn::api::handlers
