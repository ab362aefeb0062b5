// SPDX-License-Identifier: Apache-2.0
#include "care/timeline/note_repository.hpp"

#include "core/error.hpp"
#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

constexpr const char* kSelect =
    "SELECT n.id, n.person_id, n.kind, n.text, n.written_by, n.written_at, n.in_error_by, "
    "n.in_error_at, n.in_error_reason, w.display_name AS written_by_name, "
    "e.display_name AS in_error_by_name FROM person_notes n "
    "JOIN users w ON w.id = n.written_by LEFT JOIN users e ON e.id = n.in_error_by ";

Note ToNote(const sql::Row& r) {
  Note n;
  n.id = r.Int("id");
  n.person = PersonId(r.Int("person_id"));
  n.kind = r.Text("kind");
  n.text = r.Text("text");
  n.written_by = UserId(r.Int("written_by"));
  n.written_by_name = r.Text("written_by_name");
  n.written_at = r.Int("written_at");
  n.in_error_by = OptId<UserId>(r, "in_error_by");
  n.in_error_by_name = r.OptText("in_error_by_name");
  n.in_error_at = r.OptInt("in_error_at");
  n.in_error_reason = r.OptText("in_error_reason");
  return n;
}

}  // namespace

std::int64_t NoteRepository::Add(const Note& note, Micros now) {
  std::int64_t id = 0;
  tx_.Query(
      "INSERT INTO person_notes (person_id, kind, text, written_by, written_at) VALUES "
      "(${person}, ${kind}, ${text}, ${by}, ${now}) RETURNING id",
      {{"person", note.person.Value()},
       {"kind", note.kind},
       {"text", note.text},
       {"by", note.written_by.Value()},
       {"now", now}},
      [&](const sql::Row& r) { id = r.Int("id"); });
  return id;
}

std::optional<Note> NoteRepository::Find(std::int64_t id) {
  return QueryOne(tx_, std::string(kSelect) + "WHERE n.id = ${id}", {{"id", id}}, ToNote);
}

std::vector<Note> NoteRepository::ForPerson(PersonId person) {
  return QueryAll(
      tx_,
      std::string(kSelect) + "WHERE n.person_id = ${person} ORDER BY n.written_at DESC, n.id DESC",
      {{"person", person.Value()}}, ToNote);
}

void NoteRepository::MarkInError(std::int64_t id, UserId by, const std::string& reason,
                                 Micros now) {
  const std::int64_t changed = tx_.Execute(
      "UPDATE person_notes SET in_error_by = ${by}, in_error_at = ${now}, in_error_reason = "
      "${reason} WHERE id = ${id} AND in_error_at IS NULL",
      {{"by", by.Value()}, {"now", now}, {"reason", reason}, {"id", id}});
  if (changed == 0) {
    throw Error(ErrorCode::kConflict, "this note is already marked as written in error");
  }
}

}  // namespace lcn::store
