// SPDX-License-Identifier: Apache-2.0
//
// The REST edge of assessments: parse, call care::Assessments, render.
#include "care/assessments/assessment_handlers.hpp"

#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "care/assessments/assessment_json.hpp"
#include "care/assessments/assessment_service.hpp"
#include "care/assessments/questionnaire_loader.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

care::Assessments Service(const Call& call) {
  return care::Assessments(call.services.db, call.services.clock,
                           assessment::DefaultQuestionnaires());
}

// The questionnaire named by the query parameter `questionnaire` (throws a 400 naming the field
// when it is unknown, or missing and `required`); nullptr when it is absent and optional.
const assessment::Questionnaire* QueryQuestionnaire(const Request& req,
                                                    const assessment::QuestionnaireSet& known,
                                                    bool required) {
  const auto id = req.Query("questionnaire");
  if (!id || id->empty()) {
    if (required) {
      throw Error(ErrorCode::kBadRequest, "the questionnaire is required",
                  {{"questionnaire", "is required: one of " + known.Ids()}});
    }
    return nullptr;
  }
  const assessment::Questionnaire* q = known.Find(*id);
  if (q == nullptr) {
    throw Error(ErrorCode::kBadRequest, "no such questionnaire",
                {{"questionnaire", "is not a questionnaire LCN knows: one of " + known.Ids()}});
  }
  return q;
}

// The body of POST .../assessments, checked and scored by the service. Throws
// Error(kBadRequest) with every problem, including one issue per missing or invalid answer.
care::CheckedAssessment ReadSubmission(const Request& req, const care::Assessments& service) {
  JsonBody body(req.body);
  care::AssessmentSubmission s;
  s.questionnaire = body.String("questionnaire", true);
  s.answers = body.Object("answers", true);
  s.completed_with_person = body.Boolean("completedWithPerson", false).value_or(true);
  s.written_by = body.String("writtenBy", false).value_or("professional");
  s.notes = body.String("notes", false);
  s.corrects = body.Integer("corrects", false);
  s.correction_reason = body.String("correctionReason", false);
  IssueCollector issues;
  care::CheckedAssessment checked = service.Check(std::move(s), issues);
  for (const FieldIssue& issue : issues.Issues()) {
    body.Invalid(issue.field, issue.message);
  }
  body.ThrowIfInvalid();
  return checked;
}

}  // namespace

Response ListQuestionnaires(const Request& /*req*/, const Call& call) {
  json list = json::array();
  for (const assessment::Questionnaire& q : Service(call).Questionnaires().All()) {
    list.push_back(QuestionnaireSummaryJson(q));
  }
  return Json(200, {{"questionnaires", list}});
}

Response GetQuestionnaire(const Request& req, const Call& call) {
  const assessment::Questionnaire& q = Service(call).Questionnaire(req.path_params.at("id"));
  json out = QuestionnaireSummaryJson(q);
  out["questionnaire"] = q.resource;
  return Json(200, out);
}

Response RecordAssessment(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  const auto service = Service(call);
  const care::CheckedAssessment checked = ReadSubmission(req, service);
  const auto recorded = service.Record(call.Who(), person, checked);
  return Json(201, AssessmentJson(recorded.assessment, recorded.questionnaire));
}

Response ListAssessments(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  const auto service = Service(call);
  const assessment::Questionnaire* only = QueryQuestionnaire(req, service.Questionnaires(), false);
  json list = json::array();
  for (const care::AssessmentRead& a : service.History(call.Who(), person, only)) {
    list.push_back(AssessmentJson(a.assessment, a.questionnaire));
  }
  return Json(200, {{"personId", person.Value()}, {"assessments", list}});
}

Response GetAssessment(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  const std::int64_t id = PathId(req.path_params.at("assessmentId"));
  const auto read = Service(call).Get(call.Who(), person, id);
  return Json(200, AssessmentJson(read.assessment, read.questionnaire));
}

Response GetAssessmentTrend(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  const auto service = Service(call);
  const assessment::Questionnaire* q = QueryQuestionnaire(req, service.Questionnaires(), true);
  return Json(200, TrendJson(person, *q, service.Trend(call.Who(), person, *q)));
}

}  // namespace lcn::api::handlers
