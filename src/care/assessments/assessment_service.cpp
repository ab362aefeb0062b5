// SPDX-License-Identifier: Apache-2.0
#include "care/assessments/assessment_service.hpp"

#include "auth/person_use_case.hpp"
#include "care/assessments/assessment_author.hpp"

namespace lcn::care {
namespace {

using auth::PersonUse;

std::string AtMost(std::size_t limit) {
  return "must be at most " + std::to_string(limit) + " characters";
}

store::Assessment ToRecord(const CheckedAssessment& c, PersonId person, UserId by, Micros now) {
  const AssessmentSubmission& s = c.submission;
  store::Assessment a;
  a.person = person;
  a.questionnaire = c.questionnaire->id;
  a.questionnaire_url = c.questionnaire->url;
  a.questionnaire_version = c.questionnaire->version;
  a.answers = c.evaluation.answers.dump();
  if (c.evaluation.primary) {
    a.total = c.evaluation.primary->value;
    a.band = c.evaluation.primary->band;
  }
  a.scores = assessment::ScoresJson(c.evaluation.scores).dump();
  a.flags = assessment::FlagsJson(c.evaluation.flags).dump();
  a.written_by = s.written_by;
  a.completed_with_person = s.completed_with_person;
  a.notes = s.notes;
  a.completed_by = by;
  a.completed_at = now;
  a.recorded_at = now;
  return a;
}

Error InvalidCorrection(const std::string& message) {
  return Error(ErrorCode::kBadRequest, "the assessment to correct is not valid",
               {{"corrects", message}});
}

// The 409s for an assessment that no longer stands: entered in error, or corrected.
Error EnteredInError(const store::Assessment& a, const std::string& title,
                     const std::string& detail) {
  Error error(ErrorCode::kConflict, detail);
  error.WithKind("entered-in-error", title).WithNumber("assessmentId", a.id);
  return error;
}

Error AlreadyCorrected(const store::Assessment& a, const std::string& detail) {
  Error error(ErrorCode::kConflict, detail);
  error.WithKind("already-corrected", "Already corrected")
      .WithNumber("assessmentId", a.id)
      .WithNumber("correctedBy", a.corrected_by.value_or(0));
  return error;
}

// Checks that `a` may correct the assessment it names (`corrects`) and takes the original's
// completion time into it. Throws the refusal.
void PrepareCorrection(store::AssessmentRepository& assessments, std::int64_t corrects,
                       const std::optional<std::string>& reason, store::Assessment& a) {
  const auto original = assessments.Find(a.person, corrects);
  if (!original) {
    throw InvalidCorrection("is not an assessment of this person");
  }
  if (original->questionnaire != a.questionnaire) {
    throw InvalidCorrection("is a " + original->questionnaire +
                            " assessment: a correction must be of the same questionnaire");
  }
  if (original->entered_in_error_at) {
    throw EnteredInError(*original, "Entered in error",
                         "this assessment was entered in error; record a new assessment instead");
  }
  if (original->corrected_by) {
    throw AlreadyCorrected(
        *original, "this assessment has already been corrected; correct the correction instead");
  }
  a.corrects = original->id;
  a.correction_reason = reason;
  a.completed_at = original->completed_at;  // the answers stand where the original stood
}

store::Assessment Existing(store::AssessmentRepository& assessments, PersonId person,
                           std::int64_t id) {
  auto a = assessments.Find(person, id);
  if (!a) {
    throw Error(ErrorCode::kNotFound, "no such assessment for this person");
  }
  return std::move(*a);
}

}  // namespace

const assessment::Questionnaire& Assessments::Questionnaire(const std::string& id) const {
  const assessment::Questionnaire* q = questionnaires_.Find(id);
  if (q == nullptr) {
    throw Error(ErrorCode::kNotFound, "no such questionnaire; LCN knows " + questionnaires_.Ids());
  }
  return *q;
}

CheckedAssessment Assessments::Check(AssessmentSubmission submission,
                                     IssueCollector& issues) const {
  CheckedAssessment out;
  out.submission = std::move(submission);
  const AssessmentSubmission& s = out.submission;
  if (s.corrects && (!s.correction_reason || s.correction_reason->empty())) {
    issues.Add("correctionReason", "is required with corrects: what was wrong");
  }
  if (s.correction_reason && !s.corrects) {
    issues.Add("correctionReason", "is only for a correction (with corrects)");
  }
  if (s.correction_reason && s.correction_reason->size() > kMaxText) {
    issues.Add("correctionReason", AtMost(kMaxText));
  }
  if (!assessment::AssessmentAuthors().Parse(s.written_by)) {
    issues.Add("writtenBy", "must be one of " + assessment::AssessmentAuthors().Joined());
  }
  if (s.notes && s.notes->size() > kMaxText) {
    issues.Add("notes", AtMost(kMaxText));
  }
  if (s.questionnaire) {
    out.questionnaire = questionnaires_.Find(*s.questionnaire);
    if (out.questionnaire == nullptr) {
      issues.Add("questionnaire",
                 "is not a questionnaire LCN knows: one of " + questionnaires_.Ids());
    } else if (out.questionnaire->status != "active") {
      issues.Add("questionnaire", "is " + out.questionnaire->status + ", not in use");
    }
  }
  if (out.questionnaire != nullptr && s.answers) {
    out.evaluation = assessment::Evaluate(*out.questionnaire, *s.answers);
    for (const FieldIssue& issue : out.evaluation.issues) {
      issues.Add(issue.field, issue.message);
    }
  }
  return out;
}

AssessmentRead Assessments::Record(const auth::Principal& who, PersonId person,
                                   const CheckedAssessment& checked) const {
  LCN_CHECK(checked.questionnaire != nullptr && checked.evaluation.Complete());
  const auto& corrects = checked.submission.corrects;
  const std::string action = corrects ? "correct-assessment" : "record-assessment";
  return auth::RunPersonUseCase(db_, clock_, who, person, action, [&](PersonUse& use) {
    store::AssessmentRepository assessments(use.tx);
    store::Assessment record = ToRecord(checked, person, who.user_id, use.now);
    if (corrects) {
      PrepareCorrection(assessments, *corrects, checked.submission.correction_reason, record);
    }
    const std::int64_t id = assessments.Insert(record);
    return AssessmentRead{*assessments.Find(person, id), checked.questionnaire};
  });
}

std::vector<AssessmentRead> Assessments::History(const auth::Principal& who, PersonId person,
                                                 const assessment::Questionnaire* only) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "read-assessments", [&](PersonUse& use) {
    std::vector<AssessmentRead> out;
    for (store::Assessment& a : store::AssessmentRepository(use.tx).History(
             person, only != nullptr ? std::optional(only->id) : std::nullopt)) {
      const assessment::Questionnaire* q = questionnaires_.Find(a.questionnaire);
      out.push_back(AssessmentRead{std::move(a), q});
    }
    return out;
  });
}

AssessmentRead Assessments::Get(const auth::Principal& who, PersonId person,
                                std::int64_t id) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "read-assessments", [&](PersonUse& use) {
    store::AssessmentRepository assessments(use.tx);
    store::Assessment a = Existing(assessments, person, id);
    const assessment::Questionnaire* q = questionnaires_.Find(a.questionnaire);
    return AssessmentRead{std::move(a), q};
  });
}

std::vector<store::Assessment> Assessments::Trend(const auth::Principal& who, PersonId person,
                                                  const assessment::Questionnaire& q) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "read-assessments", [&](PersonUse& use) {
    return store::AssessmentRepository(use.tx).Trend(person, q.id);
  });
}

AssessmentRead Assessments::MarkEnteredInError(const auth::Principal& who, PersonId person,
                                               std::int64_t id, const std::string& reason) const {
  return auth::RunPersonUseCase(
      db_, clock_, who, person, "enter-assessment-in-error", [&](PersonUse& use) {
        store::AssessmentRepository assessments(use.tx);
        const store::Assessment a = Existing(assessments, person, id);
        if (a.entered_in_error_at) {
          throw EnteredInError(a, "Already entered in error",
                               "this assessment was already entered in error");
        }
        if (a.corrected_by) {
          throw AlreadyCorrected(a,
                                 "this assessment has been corrected and is no longer in the "
                                 "trend; if the correction is wrong, correct it or enter it in "
                                 "error");
        }
        if (!assessments.MarkEnteredInError(person, id, who.user_id, reason, use.now)) {
          throw Error(ErrorCode::kConflict,
                      "the assessment was changed by someone else; reload it and try again");
        }
        store::Assessment marked = Existing(assessments, person, id);
        const assessment::Questionnaire* q = questionnaires_.Find(marked.questionnaire);
        return AssessmentRead{std::move(marked), q};
      });
}

}  // namespace lcn::care
