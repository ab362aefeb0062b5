// SPDX-License-Identifier: Apache-2.0
#include "care/assessments/assessment_handlers.hpp"

#include "api/handlers/person_scope.hpp"
#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "care/assessments/assessment_json.hpp"
#include "care/assessments/questionnaire_loader.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxNotes = 2000;

const assessment::QuestionnaireSet& Questionnaires() {
  return assessment::DefaultQuestionnaires();
}

// The questionnaire named by the query parameter `questionnaire` (throws a 400 naming the field
// when it is unknown, or missing and `required`); nullptr when it is absent and optional.
const assessment::Questionnaire* QueryQuestionnaire(const Request& req, bool required) {
  const auto id = req.Query("questionnaire");
  if (!id || id->empty()) {
    if (required) {
      throw Error(ErrorCode::kBadRequest, "the questionnaire is required",
                  {{"questionnaire", "is required: one of " + Questionnaires().Ids()}});
    }
    return nullptr;
  }
  const assessment::Questionnaire* q = Questionnaires().Find(*id);
  if (q == nullptr) {
    throw Error(
        ErrorCode::kBadRequest, "no such questionnaire",
        {{"questionnaire", "is not a questionnaire LCN knows: one of " + Questionnaires().Ids()}});
  }
  return q;
}

// The body of POST .../assessments, checked and scored. Throws Error(kBadRequest) with every
// problem, including one issue per missing or invalid answer.
struct Submission {
  const assessment::Questionnaire* questionnaire = nullptr;
  assessment::Evaluation evaluation;
  bool completed_with_person = true;
  std::string written_by = "professional";
  std::optional<std::string> notes;
  std::optional<std::int64_t> corrects;  // the assessment this one corrects
  std::optional<std::string> correction_reason;
};

Submission ReadSubmission(const Request& req) {
  JsonBody body(req.body);
  Submission s;
  const auto id = body.String("questionnaire", true);
  const auto answers = body.Object("answers", true);
  s.completed_with_person = body.Boolean("completedWithPerson", false).value_or(true);
  s.written_by = body.String("writtenBy", false).value_or("professional");
  s.notes = body.String("notes", false);
  s.corrects = body.Integer("corrects", false);
  s.correction_reason = body.String("correctionReason", false);
  if (s.corrects && (!s.correction_reason || s.correction_reason->empty())) {
    body.Invalid("correctionReason", "is required with corrects: what was wrong");
  }
  if (s.correction_reason && !s.corrects) {
    body.Invalid("correctionReason", "is only for a correction (with corrects)");
  }
  if (s.correction_reason && s.correction_reason->size() > kMaxNotes) {
    body.Invalid("correctionReason",
                 "must be at most " + std::to_string(kMaxNotes) + " characters");
  }
  if (s.written_by != "professional" && s.written_by != "person" && s.written_by != "carer") {
    body.Invalid("writtenBy", "must be one of professional, person, carer");
  }
  if (s.notes && s.notes->size() > kMaxNotes) {
    body.Invalid("notes", "must be at most " + std::to_string(kMaxNotes) + " characters");
  }
  if (id) {
    s.questionnaire = Questionnaires().Find(*id);
    if (s.questionnaire == nullptr) {
      body.Invalid("questionnaire",
                   "is not a questionnaire LCN knows: one of " + Questionnaires().Ids());
    } else if (s.questionnaire->status != "active") {
      body.Invalid("questionnaire", "is " + s.questionnaire->status + ", not in use");
    }
  }
  if (s.questionnaire != nullptr && answers) {
    s.evaluation = assessment::Evaluate(*s.questionnaire, *answers);
    for (const FieldIssue& issue : s.evaluation.issues) {
      body.Invalid(issue.field, issue.message);
    }
  }
  body.ThrowIfInvalid();
  return s;
}

store::Assessment ToRecord(const Submission& s, PersonId person, const Call& call, Micros now) {
  store::Assessment a;
  a.person = person;
  a.questionnaire = s.questionnaire->id;
  a.questionnaire_url = s.questionnaire->url;
  a.questionnaire_version = s.questionnaire->version;
  a.answers = s.evaluation.answers.dump();
  if (s.evaluation.primary) {
    a.total = s.evaluation.primary->value;
    a.band = s.evaluation.primary->band;
  }
  a.scores = ScoresJson(s.evaluation.scores).dump();
  a.flags = FlagsJson(s.evaluation.flags).dump();
  a.written_by = s.written_by;
  a.completed_with_person = s.completed_with_person;
  a.notes = s.notes;
  a.completed_by = call.Who().user_id;
  a.completed_at = now;
  a.recorded_at = now;
  return a;
}

// Checks that `s` may correct the assessment it names and takes the original's completion time
// into `a`; std::nullopt when it may, otherwise the refusal (400 or 409). Not thrown, so the
// audit row of the access decision is kept.
std::optional<Response> PrepareCorrection(store::AssessmentRepository& assessments,
                                          const Submission& s, store::Assessment& a) {
  const auto original = assessments.Find(a.person, *s.corrects);
  if (!original) {
    return ProblemFor(Error(ErrorCode::kBadRequest, "the assessment to correct is not valid",
                            {{"corrects", "is not an assessment of this person"}}));
  }
  if (original->questionnaire != a.questionnaire) {
    return ProblemFor(Error(ErrorCode::kBadRequest, "the assessment to correct is not valid",
                            {{"corrects", "is a " + original->questionnaire +
                                              " assessment: a correction must be of the same "
                                              "questionnaire"}}));
  }
  if (original->entered_in_error_at) {
    return Problem(409, "entered-in-error", "Entered in error",
                   "this assessment was entered in error; record a new assessment instead",
                   {{"assessmentId", original->id}});
  }
  if (original->corrected_by) {
    return Problem(409, "already-corrected", "Already corrected",
                   "this assessment has already been corrected; correct the correction instead",
                   {{"assessmentId", original->id}, {"correctedBy", *original->corrected_by}});
  }
  a.corrects = original->id;
  a.correction_reason = s.correction_reason;
  a.completed_at = original->completed_at;  // the answers stand where the original stood
  return std::nullopt;
}

}  // namespace

Response ListQuestionnaires(const Request& /*req*/, const Call& /*call*/) {
  json list = json::array();
  for (const assessment::Questionnaire& q : Questionnaires().All()) {
    list.push_back(QuestionnaireSummaryJson(q));
  }
  return Json(200, {{"questionnaires", list}});
}

Response GetQuestionnaire(const Request& req, const Call& /*call*/) {
  const assessment::Questionnaire* q = Questionnaires().Find(req.path_params.at("id"));
  if (q == nullptr) {
    return Problem(404, "not-found", "Not found",
                   "no such questionnaire; LCN knows " + Questionnaires().Ids());
  }
  json out = QuestionnaireSummaryJson(*q);
  out["questionnaire"] = q->resource;
  return Json(200, out);
}

Response RecordAssessment(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  const Submission submission = ReadSubmission(req);
  const std::string action = submission.corrects ? "correct-assessment" : "record-assessment";
  return WithPersonAccess(call, person, action, [&](auto& tx, Micros now) {
    store::AssessmentRepository assessments(tx);
    store::Assessment record = ToRecord(submission, person, call, now);
    if (submission.corrects) {
      if (auto refused = PrepareCorrection(assessments, submission, record)) {
        return *refused;
      }
    }
    const std::int64_t id = assessments.Insert(record);
    return Json(201, AssessmentJson(*assessments.Find(person, id), submission.questionnaire));
  });
}

Response ListAssessments(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  const assessment::Questionnaire* filter = QueryQuestionnaire(req, false);
  return WithPersonAccess(call, person, "read-assessments", [&](auto& tx, Micros /*now*/) {
    json list = json::array();
    const auto rows = store::AssessmentRepository(tx).History(
        person, filter != nullptr ? std::optional(filter->id) : std::nullopt);
    for (const store::Assessment& a : rows) {
      list.push_back(AssessmentJson(a, Questionnaires().Find(a.questionnaire)));
    }
    return Json(200, {{"personId", person.Value()}, {"assessments", list}});
  });
}

Response GetAssessment(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  const std::int64_t id = PathId(req.path_params.at("assessmentId"));
  return WithPersonAccess(call, person, "read-assessments", [&](auto& tx, Micros /*now*/) {
    const auto a = store::AssessmentRepository(tx).Find(person, id);
    if (!a) {
      return Problem(404, "not-found", "Not found", "no such assessment for this person");
    }
    return Json(200, AssessmentJson(*a, Questionnaires().Find(a->questionnaire)));
  });
}

Response GetAssessmentTrend(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  const assessment::Questionnaire* q = QueryQuestionnaire(req, true);
  return WithPersonAccess(call, person, "read-assessments", [&](auto& tx, Micros /*now*/) {
    return Json(200, TrendJson(person, *q, store::AssessmentRepository(tx).Trend(person, q->id)));
  });
}

}  // namespace lcn::api::handlers
