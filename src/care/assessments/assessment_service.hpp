// SPDX-License-Identifier: Apache-2.0
//
// Assessments: the use cases of holistic assessments and scored instruments
// (docs/assessments.md) for every edge: the questionnaires LCN knows; checking and scoring a
// completed one; recording it for a person (or a correction: a new assessment that supersedes
// the one it names); a person's history, one assessment and the trend of one instrument; and
// marking one entered in error (kept, shown struck through, out of the trend). Each use case on
// a person runs through auth::RunPersonUseCase: the person must exist (kNotFound), the caller
// needs a legitimate relationship (kForbidden, audited), and the access row commits with the
// data, or alone when the use case throws (nothing else is written). Holds references only;
// cheap to construct per call; thread-safe as the database is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "auth/principal.hpp"
#include "care/assessments/assessment_repository.hpp"
#include "care/assessments/questionnaire.hpp"
#include "care/assessments/scoring.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::care {

// A completed questionnaire as an edge read it. A member the edge could not read (missing or of
// the wrong type) is std::nullopt; the edge reports that problem itself.
struct AssessmentSubmission {
  std::optional<std::string> questionnaire;  // its id, e.g. "phq9"
  std::optional<nlohmann::json> answers;     // an object: linkId -> answer
  bool completed_with_person = true;
  std::string written_by = "professional";  // a name of assessment::AssessmentAuthors()
  std::optional<std::string> notes;
  std::optional<std::int64_t> corrects;  // the assessment this one corrects
  std::optional<std::string> correction_reason;
};

// A submission checked and scored by Assessments::Check.
struct CheckedAssessment {
  AssessmentSubmission submission;
  const assessment::Questionnaire* questionnaire = nullptr;
  assessment::Evaluation evaluation;
};

// A recorded assessment and the questionnaire it answers, when LCN still has it (for its
// title; nullptr otherwise).
struct AssessmentRead {
  store::Assessment assessment;
  const assessment::Questionnaire* questionnaire = nullptr;
};

class Assessments {
 public:
  // The longest notes, correction reason or entered-in-error reason, in bytes.
  static constexpr std::size_t kMaxText = 2000;

  // `questionnaires` must outlive the service (e.g. assessment::DefaultQuestionnaires()).
  Assessments(sql::Database& db, const Clock& clock,
              const assessment::QuestionnaireSet& questionnaires)
      : db_(db), clock_(clock), questionnaires_(questionnaires) {}

  // The questionnaires LCN knows, ordered by id.
  const assessment::QuestionnaireSet& Questionnaires() const { return questionnaires_; }

  // The questionnaire `id`. Throws Error(kNotFound) when LCN does not know it.
  const assessment::Questionnaire& Questionnaire(const std::string& id) const;

  // Checks `submission` and scores its answers; touches no record. Adds one issue per problem
  // to `issues`, in this order: correctionReason (required with corrects, only with it, at most
  // kMaxText), writtenBy, notes (at most kMaxText), questionnaire (known and active), then one
  // per missing or invalid answer ("answers.<linkId>"). The result may be recorded only when no
  // issue was added.
  CheckedAssessment Check(AssessmentSubmission submission, IssueCollector& issues) const;

  // Records `checked` for `person`, completed by `who` now (audited as record-assessment, or
  // correct-assessment when it names the assessment it corrects). A correction takes the
  // original's completion time. Returns the stored assessment. Throws Error(kBadRequest) naming
  // "corrects" when it is not an assessment of this person or is of another questionnaire;
  // Error(kConflict, kind "entered-in-error" or "already-corrected", facts assessmentId and
  // correctedBy) when the original may no longer be corrected.
  // REQUIRES: `checked` came from Check without issues.
  AssessmentRead Record(const auth::Principal& who, PersonId person,
                        const CheckedAssessment& checked) const;

  // The person's assessments, newest first, of `only` when given (audited as read-assessments).
  std::vector<AssessmentRead> History(const auth::Principal& who, PersonId person,
                                      const assessment::Questionnaire* only) const;

  // Assessment `id` of the person (audited as read-assessments). Throws Error(kNotFound) when
  // the person has no such assessment.
  AssessmentRead Get(const auth::Principal& who, PersonId person, std::int64_t id) const;

  // The person's assessments of `q` that stand (neither entered in error nor corrected), oldest
  // first (audited as read-assessments).
  std::vector<store::Assessment> Trend(const auth::Principal& who, PersonId person,
                                       const assessment::Questionnaire& q) const;

  // Marks assessment `id` of the person entered in error by `who`, with `reason` (audited as
  // enter-assessment-in-error). Returns it as marked. Throws Error(kNotFound) when the person
  // has no such assessment; Error(kConflict, kind "entered-in-error" or "already-corrected",
  // facts assessmentId and correctedBy) when it already was, or has been corrected;
  // Error(kConflict) when someone else changed it meanwhile.
  AssessmentRead MarkEnteredInError(const auth::Principal& who, PersonId person, std::int64_t id,
                                    const std::string& reason) const;

 private:
  sql::Database& db_;
  const Clock& clock_;
  const assessment::QuestionnaireSet& questionnaires_;
};

}  // namespace lcn::care
