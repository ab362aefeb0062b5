// SPDX-License-Identifier: Apache-2.0
//
// The wire contract of assessments: the JSON Schemas of their request and response bodies,
// beside the JSON mapping in assessment_json.cpp (the API tests check every exchange against
// them).
#pragma once

#include "api/schema.hpp"

namespace lcn::api {

// POST /people/{id}/assessments.
schema::Schema NewAssessmentSchema();

// POST /people/{id}/assessments/{assessmentId}/entered-in-error.
schema::Schema AssessmentEnteredInErrorSchema();

// The questionnaires LCN knows, without their items.
schema::Schema QuestionnaireListSchema();

// One questionnaire with the FHIR Questionnaire itself.
schema::Schema QuestionnaireDetailSchema();

// One recorded assessment.
schema::Schema AssessmentSchema();

// A person's assessments.
schema::Schema AssessmentListSchema();

// The trend of one questionnaire for a person.
schema::Schema AssessmentTrendSchema();

// The `questionnaire` query parameter: the id of a questionnaire LCN knows.
schema::Schema QuestionnaireIdSchema();

}  // namespace lcn::api
