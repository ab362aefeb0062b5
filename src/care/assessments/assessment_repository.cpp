// SPDX-License-Identifier: Apache-2.0
#include "care/assessments/assessment_repository.hpp"

#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

constexpr const char* kSelect =
    "SELECT a.id, a.person_id, a.questionnaire, a.questionnaire_url, a.questionnaire_version, "
    "a.answers, a.total, a.band, a.scores, a.flags, a.written_by, a.completed_with_person, "
    "a.notes, a.completed_by, a.completed_at, a.recorded_at, a.corrects, a.correction_reason, "
    "a.entered_in_error_at, a.entered_in_error_by, a.entered_in_error_reason, "
    "u.display_name AS completed_by_name, u.role AS completed_by_role, "
    "e.display_name AS entered_in_error_by_name, c.id AS corrected_by "
    "FROM assessments a LEFT JOIN users u ON u.id = a.completed_by "
    "LEFT JOIN users e ON e.id = a.entered_in_error_by "
    "LEFT JOIN assessments c ON c.corrects = a.id ";

// The assessments that stand: neither entered in error nor corrected.
constexpr const char* kStanding = "a.entered_in_error_at IS NULL AND c.id IS NULL ";

Assessment ToAssessment(const sql::Row& r) {
  Assessment a;
  a.id = r.Int("id");
  a.person = PersonId(r.Int("person_id"));
  a.questionnaire = r.Text("questionnaire");
  a.questionnaire_url = r.Text("questionnaire_url");
  a.questionnaire_version = r.Text("questionnaire_version");
  a.answers = r.Text("answers");
  a.total = r.OptInt("total");
  a.band = r.OptText("band");
  a.scores = r.Text("scores");
  a.flags = r.Text("flags");
  a.written_by = r.Text("written_by");
  a.completed_with_person = r.Int("completed_with_person") != 0;
  a.notes = r.OptText("notes");
  a.completed_by = UserId(r.Int("completed_by"));
  a.completed_at = r.Int("completed_at");
  a.recorded_at = r.OptInt("recorded_at");
  a.corrects = r.OptInt("corrects");
  a.correction_reason = r.OptText("correction_reason");
  a.completed_by_name = r.OptText("completed_by_name");
  a.completed_by_role = r.OptText("completed_by_role");
  a.corrected_by = r.OptInt("corrected_by");
  a.entered_in_error_at = r.OptInt("entered_in_error_at");
  a.entered_in_error_by = OptId<UserId>(r, "entered_in_error_by");
  a.entered_in_error_by_name = r.OptText("entered_in_error_by_name");
  a.entered_in_error_reason = r.OptText("entered_in_error_reason");
  return a;
}

}  // namespace

std::int64_t AssessmentRepository::Insert(const Assessment& a) {
  std::int64_t id = 0;
  tx_.Query(
      "INSERT INTO assessments (person_id, questionnaire, questionnaire_url, "
      "questionnaire_version, answers, total, band, scores, flags, written_by, "
      "completed_with_person, notes, completed_by, completed_at, recorded_at, corrects, "
      "correction_reason) VALUES (${person}, ${q}, ${url}, ${version}, ${answers}, ${total}, "
      "${band}, ${scores}, ${flags}, ${written_by}, ${with_person}, ${notes}, ${by}, ${at}, "
      "${recorded_at}, ${corrects}, ${correction_reason}) RETURNING id",
      {{"person", a.person.Value()},
       {"q", a.questionnaire},
       {"url", a.questionnaire_url},
       {"version", a.questionnaire_version},
       {"answers", a.answers},
       {"total", sql::Nullable(a.total)},
       {"band", sql::Nullable(a.band)},
       {"scores", a.scores},
       {"flags", a.flags},
       {"written_by", a.written_by},
       {"with_person", std::int64_t{a.completed_with_person ? 1 : 0}},
       {"notes", sql::Nullable(a.notes)},
       {"by", a.completed_by.Value()},
       {"at", a.completed_at},
       {"recorded_at", a.recorded_at.value_or(a.completed_at)},
       {"corrects", sql::Nullable(a.corrects)},
       {"correction_reason", sql::Nullable(a.correction_reason)}},
      [&](const sql::Row& r) { id = r.Int("id"); });
  return id;
}

bool AssessmentRepository::MarkEnteredInError(PersonId person, std::int64_t id, UserId by,
                                              const std::string& reason, Micros now) {
  return tx_.Execute(
             "UPDATE assessments SET entered_in_error_at = ${now}, entered_in_error_by = ${by}, "
             "entered_in_error_reason = ${reason} WHERE id = ${id} AND person_id = ${person} "
             "AND entered_in_error_at IS NULL AND NOT EXISTS "
             "(SELECT 1 FROM assessments c WHERE c.corrects = ${id})",
             {{"now", now},
              {"by", by.Value()},
              {"reason", reason},
              {"id", id},
              {"person", person.Value()}}) == 1;
}

std::optional<Assessment> AssessmentRepository::Find(PersonId person, std::int64_t id) {
  return QueryOne(tx_, std::string(kSelect) + "WHERE a.id = ${id} AND a.person_id = ${person}",
                  {{"id", id}, {"person", person.Value()}}, ToAssessment);
}

std::vector<Assessment> AssessmentRepository::History(
    PersonId person, const std::optional<std::string>& questionnaire) {
  sql::Params params = {{"person", person.Value()}};
  std::string where = "WHERE a.person_id = ${person} ";
  if (questionnaire) {
    where += "AND a.questionnaire = ${q} ";
    params.emplace_back("q", *questionnaire);
  }
  return QueryAll(tx_, std::string(kSelect) + where + "ORDER BY a.completed_at DESC, a.id DESC",
                  params, ToAssessment);
}

std::vector<Assessment> AssessmentRepository::Trend(PersonId person,
                                                    const std::string& questionnaire) {
  return QueryAll(tx_,
                  std::string(kSelect) +
                      "WHERE a.person_id = ${person} AND a.questionnaire = ${q} AND " + kStanding +
                      "ORDER BY a.completed_at, a.id",
                  {{"person", person.Value()}, {"q", questionnaire}}, ToAssessment);
}

}  // namespace lcn::store
