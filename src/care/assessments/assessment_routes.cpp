// SPDX-License-Identifier: Apache-2.0
#include "care/assessments/assessment_routes.hpp"

#include "care/assessments/assessment_handlers.hpp"
#include "care/assessments/assessment_schemas.hpp"

namespace lcn::api {

std::vector<Route> AssessmentRoutes() {
  namespace h = handlers;
  using auth::Permission;
  using M = Method;
  // Loading the questionnaires here (their ids) makes an invalid one fail at start-up, not on
  // first use.
  const schema::Schema questionnaire = QuestionnaireIdSchema();
  return {
      {.method = M::kGet,
       .path = "/api/v1/questionnaires",
       .permission = Permission::kSignedIn,
       .handler = h::ListQuestionnaires,
       .operation_id = "listQuestionnaires",
       .summary = "The questionnaires LCN knows, with their scores, bands and flags",
       .tag = "assessments",
       .response = QuestionnaireListSchema()},
      {.method = M::kGet,
       .path = "/api/v1/questionnaires/{id}",
       .permission = Permission::kSignedIn,
       .handler = h::GetQuestionnaire,
       .operation_id = "getQuestionnaire",
       .summary = "One questionnaire: its scoring, and the FHIR R4 Questionnaire itself as "
                  "`questionnaire`",
       .tag = "assessments",
       .response = QuestionnaireDetailSchema()},
      {.method = M::kPost,
       .path = "/api/v1/people/{id}/assessments",
       .permission = Permission::kAssessmentWrite,
       .person_data = true,
       .handler = h::RecordAssessment,
       .operation_id = "recordAssessment",
       .summary =
           "Record a completed questionnaire for a person in your care, scored on the server: "
           "answers by linkId; an incomplete one is refused (400) with each missing item named. "
           "With `corrects` it is a correction: it supersedes that assessment (same "
           "questionnaire, not entered in error, not already corrected, else 409), keeps its "
           "completion time and takes its place in the trend (audited)",
       .tag = "assessments",
       .request = NewAssessmentSchema(),
       .response = AssessmentSchema(),
       .success_status = 201},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/assessments",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::ListAssessments,
       .operation_id = "listAssessments",
       .summary = "A person's assessments, newest first (needs a legitimate relationship; audited)",
       .tag = "assessments",
       .query = {{"questionnaire", "only this questionnaire's", false, questionnaire}},
       .response = AssessmentListSchema()},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/assessments/trend",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::GetAssessmentTrend,
       .operation_id = "getAssessmentTrend",
       .summary =
           "The trend of one questionnaire for a person, oldest first: dated totals and bands, and "
           "a series per score (audited)",
       .tag = "assessments",
       .query = {{"questionnaire", "the questionnaire whose trend to show", true, questionnaire}},
       .response = AssessmentTrendSchema()},
      {.method = M::kGet,
       .path = "/api/v1/people/{id}/assessments/{assessmentId}",
       .permission = Permission::kPersonRead,
       .person_data = true,
       .handler = h::GetAssessment,
       .operation_id = "getAssessment",
       .summary = "One of a person's assessments (audited)",
       .tag = "assessments",
       .response = AssessmentSchema()},
      {.method = M::kPost,
       .path = "/api/v1/people/{id}/assessments/{assessmentId}/entered-in-error",
       .permission = Permission::kAssessmentWrite,
       .person_data = true,
       .handler = h::MarkAssessmentEnteredInError,
       .operation_id = "markAssessmentEnteredInError",
       .summary =
           "Mark an assessment entered in error, with the reason: it is kept and shown struck "
           "through, and leaves the trend; 409 when already entered in error or corrected "
           "(audited)",
       .tag = "assessments",
       .request = AssessmentEnteredInErrorSchema(),
       .response = AssessmentSchema()},
  };
}

}  // namespace lcn::api
