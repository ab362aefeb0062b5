// SPDX-License-Identifier: Apache-2.0
//
// Marking a recorded assessment entered in error (docs/assessments.md): parse, call
// care::Assessments, render. It is kept, with who said so, when and why, shown struck through
// and left out of the trend. Corrections are recorded through RecordAssessment with `corrects`.
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "care/assessments/assessment_handlers.hpp"
#include "care/assessments/assessment_json.hpp"
#include "care/assessments/assessment_service.hpp"
#include "care/assessments/questionnaire_loader.hpp"

namespace lcn::api::handlers {

Response MarkAssessmentEnteredInError(const Request& req, const Call& call) {
  using care::Assessments;
  const PersonId person(PathId(req.path_params.at("id")));
  const std::int64_t id = PathId(req.path_params.at("assessmentId"));
  JsonBody body(req.body);
  const auto reason = body.String("reason", true);
  if (reason && reason->size() > Assessments::kMaxText) {
    body.Invalid("reason",
                 "must be at most " + std::to_string(Assessments::kMaxText) + " characters");
  }
  body.ThrowIfInvalid();
  const auto marked =
      Assessments(call.services.db, call.services.clock, assessment::DefaultQuestionnaires())
          .MarkEnteredInError(call.Who(), person, id, *reason);
  return Json(200, AssessmentJson(marked.assessment, marked.questionnaire));
}

}  // namespace lcn::api::handlers
