// SPDX-License-Identifier: Apache-2.0
#include "store/assessment_repository.hpp"

#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

constexpr const char* kSelect =
    "SELECT a.id, a.person_id, a.questionnaire, a.questionnaire_url, a.questionnaire_version, "
    "a.answers, a.total, a.band, a.scores, a.flags, a.written_by, a.completed_with_person, "
    "a.notes, a.completed_by, a.completed_at, u.display_name AS completed_by_name, "
    "u.role AS completed_by_role "
    "FROM assessments a LEFT JOIN users u ON u.id = a.completed_by ";

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
  a.completed_by_name = r.OptText("completed_by_name");
  a.completed_by_role = r.OptText("completed_by_role");
  return a;
}

}  // namespace

std::int64_t AssessmentRepository::Insert(const Assessment& a) {
  std::int64_t id = 0;
  tx_.Query(
      "INSERT INTO assessments (person_id, questionnaire, questionnaire_url, "
      "questionnaire_version, answers, total, band, scores, flags, written_by, "
      "completed_with_person, notes, completed_by, completed_at) VALUES (${person}, ${q}, "
      "${url}, ${version}, ${answers}, ${total}, ${band}, ${scores}, ${flags}, ${written_by}, "
      "${with_person}, ${notes}, ${by}, ${at}) RETURNING id",
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
       {"at", a.completed_at}},
      [&](const sql::Row& r) { id = r.Int("id"); });
  return id;
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
                      "WHERE a.person_id = ${person} AND a.questionnaire = ${q} "
                      "ORDER BY a.completed_at, a.id",
                  {{"person", person.Value()}, {"q", questionnaire}}, ToAssessment);
}

}  // namespace lcn::store
