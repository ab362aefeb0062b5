// SPDX-License-Identifier: Apache-2.0
#include "care/assessments/assessment_routes.hpp"

#include "care/assessments/assessment_handlers.hpp"
#include "care/assessments/questionnaire_loader.hpp"

namespace lcn::api {

std::vector<Route> AssessmentRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  // Loading the questionnaires here makes an invalid one fail at start-up, not on first use.
  const std::string ids = "one of " + assessment::DefaultQuestionnaires().Ids();
  const std::vector<ParamDoc> by_questionnaire = {{"questionnaire", ids}};
  return {
      {.method = M::kGet,
       .path = "/api/v1/questionnaires",
       .permission = Permission::kSignedIn,
       .handler = h::ListQuestionnaires,
       .summary = "The questionnaires LCN knows, with their scores, bands and flags",
       .tag = "assessments"},
      {.method = M::kGet,
       .path = "/api/v1/questionnaires/{id}",
       .permission = Permission::kSignedIn,
       .handler = h::GetQuestionnaire,
       .summary = "One questionnaire: its scoring, and the FHIR R4 Questionnaire itself as "
                  "`questionnaire`",
       .tag = "assessments"},
      {.method = M::kPost,
       .path = "/api/v1/people/{id}/assessments",
       .permission = Permission::kAssessmentWrite,
       .person_data = true,
       .handler = h::RecordAssessment,
       .summary =
           "Record a completed questionnaire for a person in your care, scored on the server: "
           "answers by linkId; an incomplete one is refused (400) with each missing item named. "
           "With `corrects` it is a correction: it supersedes that assessment (same "
           "questionnaire, not entered in error, not already corrected, else 409), keeps its "
           "completion time and takes its place in the trend (audited)",
       .tag = "assessments",
       .body = "{questionnaire, answers: {linkId: answer}, completedWithPerson?, "
               "writtenBy?: professional|person|carer, notes?, corrects?: assessmentId, "
               "correctionReason? (required with corrects)}",
       .success_status = 201},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/assessments",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::ListAssessments,
       .summary = "A person's assessments, newest first (needs a legitimate relationship; audited)",
       .tag = "assessments",
       .query = by_questionnaire},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/assessments/trend",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::GetAssessmentTrend,
       .summary =
           "The trend of one questionnaire for a person, oldest first: dated totals and bands, and "
           "a series per score (audited)",
       .tag = "assessments",
       .query = {{"questionnaire", ids, true}}},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/assessments/{assessmentId}",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::GetAssessment,
       .summary = "One of a person's assessments (audited)",
       .tag = "assessments"},
      {.method = M::kPost,
       .path = "/api/v1/people/{id}/assessments/{assessmentId}/entered-in-error",
       .permission = Permission::kAssessmentWrite,
       .person_data = true,
       .handler = h::MarkAssessmentEnteredInError,
       .summary =
           "Mark an assessment entered in error, with the reason: it is kept and shown struck "
           "through, and leaves the trend; 409 when already entered in error or corrected "
           "(audited)",
       .tag = "assessments",
       .body = "{reason}"},
  };
}

}  // namespace lcn::api
