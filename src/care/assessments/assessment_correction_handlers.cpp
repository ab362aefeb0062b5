// SPDX-License-Identifier: Apache-2.0
//
// Marking a recorded assessment entered in error (docs/assessments.md): it is kept, with who
// said so, when and why, shown struck through and left out of the trend. Corrections are
// recorded through RecordAssessment with `corrects`. Refusals after the access decision are
// returned, not thrown, so the decision's audit row is kept.
#include "api/handlers/person_scope.hpp"
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "care/assessments/assessment_handlers.hpp"
#include "care/assessments/assessment_json.hpp"
#include "care/assessments/questionnaire_loader.hpp"

namespace lcn::api::handlers {
namespace {

constexpr std::size_t kMaxReason = 2000;

}  // namespace

Response MarkAssessmentEnteredInError(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  const std::int64_t id = PathId(req.path_params.at("assessmentId"));
  JsonBody body(req.body);
  const auto reason = body.String("reason", true);
  if (reason && reason->size() > kMaxReason) {
    body.Invalid("reason", "must be at most " + std::to_string(kMaxReason) + " characters");
  }
  body.ThrowIfInvalid();
  return WithPersonAccess(call, person, "enter-assessment-in-error", [&](auto& tx, Micros now) {
    store::AssessmentRepository assessments(tx);
    const auto a = assessments.Find(person, id);
    if (!a) {
      return Problem(404, "not-found", "Not found", "no such assessment for this person");
    }
    if (a->entered_in_error_at) {
      return Problem(409, "entered-in-error", "Already entered in error",
                     "this assessment was already entered in error", {{"assessmentId", id}});
    }
    if (a->corrected_by) {
      return Problem(409, "already-corrected", "Already corrected",
                     "this assessment has been corrected and is no longer in the trend; if the "
                     "correction is wrong, correct it or enter it in error",
                     {{"assessmentId", id}, {"correctedBy", *a->corrected_by}});
    }
    if (!assessments.MarkEnteredInError(person, id, call.Who().user_id, *reason, now)) {
      throw Error(ErrorCode::kConflict,
                  "the assessment was changed by someone else; reload it and try again");
    }
    const auto marked = assessments.Find(person, id);
    return Json(200, AssessmentJson(
                         *marked, assessment::DefaultQuestionnaires().Find(marked->questionnaire)));
  });
}

}  // namespace lcn::api::handlers
