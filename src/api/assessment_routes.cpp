// SPDX-License-Identifier: Apache-2.0
#include "api/assessment_routes.hpp"

// As in routes.cpp, the table leaves trailing documentation fields at their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "api/handlers/assessment_handlers.hpp"
#include "assessment/questionnaire_loader.hpp"

namespace lcn::api {

std::vector<Route> AssessmentRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  // Loading the questionnaires here makes an invalid one fail at start-up, not on first use.
  const std::string ids = "one of " + assessment::DefaultQuestionnaires().Ids();
  const std::vector<ParamDoc> by_questionnaire = {{"questionnaire", ids}};
  return {
      {M::kGet, "/api/v1/questionnaires", Permission::kSignedIn, h::ListQuestionnaires,
       "The questionnaires LCN knows, with their scores, bands and flags", "assessments"},
      {M::kGet, "/api/v1/questionnaires/{id}", Permission::kSignedIn, h::GetQuestionnaire,
       "One questionnaire: its scoring, and the FHIR R4 Questionnaire itself as "
       "`questionnaire`",
       "assessments"},
      {M::kPost,
       "/api/v1/people/{id}/assessments",
       Permission::kAssessmentWrite,
       h::RecordAssessment,
       "Record a completed questionnaire for a person in your care, scored on the server: "
       "answers by linkId; an incomplete one is refused (400) with each missing item named. "
       "With `corrects` it is a correction: it supersedes that assessment (same "
       "questionnaire, not entered in error, not already corrected, else 409), keeps its "
       "completion time and takes its place in the trend (audited)",
       "assessments",
       {},
       "{questionnaire, answers: {linkId: answer}, completedWithPerson?, "
       "writtenBy?: professional|person|carer, notes?, corrects?: assessmentId, "
       "correctionReason? (required with corrects)}",
       201},
      {M::kGet, "/api/v1/people/{id}/assessments", Permission::kPersonRead, h::ListAssessments,
       "A person's assessments, newest first (needs a legitimate relationship; audited)",
       "assessments", by_questionnaire},
      {M::kGet,
       "/api/v1/people/{id}/assessments/trend",
       Permission::kPersonRead,
       h::GetAssessmentTrend,
       "The trend of one questionnaire for a person, oldest first: dated totals and bands, and "
       "a series per score (audited)",
       "assessments",
       {{"questionnaire", ids, true}}},
      {M::kGet, "/api/v1/people/{id}/assessments/{assessmentId}", Permission::kPersonRead,
       h::GetAssessment, "One of a person's assessments (audited)", "assessments"},
      {M::kPost,
       "/api/v1/people/{id}/assessments/{assessmentId}/entered-in-error",
       Permission::kAssessmentWrite,
       h::MarkAssessmentEnteredInError,
       "Mark an assessment entered in error, with the reason: it is kept and shown struck "
       "through, and leaves the trend; 409 when already entered in error or corrected "
       "(audited)",
       "assessments",
       {},
       "{reason}"},
  };
}

}  // namespace lcn::api
