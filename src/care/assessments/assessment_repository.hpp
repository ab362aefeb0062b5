// SPDX-License-Identifier: Apache-2.0
//
// AssessmentRepository keeps completed questionnaires (holistic assessments and scored
// instruments) inside the caller's transaction. Rows are append-only: a result is kept as it was
// scored, with the questionnaire's url and version. Answers, scores and flags are JSON text
// written and read by the API (docs/assessments.md); which answers are valid is
// assessment/scoring's business. A mistake is never deleted: an assessment is marked entered in
// error (with who, when and why), or corrected by a new assessment that names it; both leave
// the trend, and both stay in the history. Stateless.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::store {

struct Assessment {
  std::int64_t id = 0;
  PersonId person;
  std::string questionnaire;  // the questionnaire's id, e.g. "phq9"
  std::string questionnaire_url;
  std::string questionnaire_version;
  std::string answers;                      // JSON object: linkId -> answer
  std::optional<std::int64_t> total;        // the primary score, when the questionnaire has one
  std::optional<std::string> band;          // its band
  std::string scores;                       // JSON list: [{id, name, value, band}]
  std::string flags;                        // JSON list: [{id, severity, message}]
  std::string written_by = "professional";  // professional, person or carer
  bool completed_with_person = true;
  std::optional<std::string> notes;
  UserId completed_by;
  Micros completed_at = 0;  // when the answers were given (a correction keeps the original's)
  std::optional<Micros> recorded_at;     // when this row was written (absent before migration 6)
  std::optional<std::int64_t> corrects;  // the assessment this one corrects
  std::optional<std::string> correction_reason;
  // Read only: the completing user's display name and role, when the user still exists.
  std::optional<std::string> completed_by_name;
  std::optional<std::string> completed_by_role;
  // Read only: the assessment that corrects this one (it then leaves the trend).
  std::optional<std::int64_t> corrected_by;
  // Read only: set when it was entered in error.
  std::optional<Micros> entered_in_error_at;
  std::optional<UserId> entered_in_error_by;
  std::optional<std::string> entered_in_error_by_name;
  std::optional<std::string> entered_in_error_reason;
};

class AssessmentRepository {
 public:
  explicit AssessmentRepository(sql::Transaction& tx) : tx_(tx) {}

  // Appends `a` (its id is ignored) and returns the new id. With `a.corrects`, throws
  // Error(kConflict) when that assessment already has a correction.
  std::int64_t Insert(const Assessment& a);

  // Marks assessment `id` of `person` entered in error by `by` with `reason` and returns true;
  // returns false, changing nothing, when it is missing, already entered in error or corrected.
  [[nodiscard]] bool MarkEnteredInError(PersonId person, std::int64_t id, UserId by,
                                        const std::string& reason, Micros now);

  // The assessment `id` of `person`, or std::nullopt (also when it belongs to someone else).
  [[nodiscard]] std::optional<Assessment> Find(PersonId person, std::int64_t id);

  // The person's assessments, newest first (ties by id), of one questionnaire when given.
  std::vector<Assessment> History(PersonId person, const std::optional<std::string>& questionnaire);

  // The person's assessments of `questionnaire` that stand (neither entered in error nor
  // corrected), oldest first (ties by id).
  std::vector<Assessment> Trend(PersonId person, const std::string& questionnaire);

 private:
  sql::Transaction& tx_;
};

}  // namespace lcn::store
