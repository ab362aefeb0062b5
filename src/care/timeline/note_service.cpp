// SPDX-License-Identifier: Apache-2.0
#include "care/timeline/note_service.hpp"

#include "auth/person_use_case.hpp"
#include "care/timeline/note_kind.hpp"

namespace lcn::care {
namespace {

// Access to the person was allowed and is audited; this refusal is about authorship.
Error NotTheAuthor() {
  Error error(ErrorCode::kForbidden,
              "only the person who wrote a note may mark it as written in error");
  error.WithKind("not-the-author", "Not your note").MarkAudited();
  return error;
}

}  // namespace

std::vector<store::Note> Notes::List(const auth::Principal& who, PersonId person) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "read-notes", [&](auth::PersonUse& use) {
    return store::NoteRepository(use.tx).ForPerson(person);
  });
}

store::Note Notes::Add(const auth::Principal& who, PersonId person, const std::string& kind,
                       const std::string& text) const {
  if (!domain::NoteKinds().Parse(kind)) {
    throw Error(ErrorCode::kBadRequest, "the note is not valid",
                {{"kind", "must be one of " + domain::NoteKinds().Joined()}});
  }
  store::Note note;
  note.person = person;
  note.kind = kind;
  note.text = text;
  note.written_by = who.user_id;
  return auth::RunPersonUseCase(db_, clock_, who, person, "write-note", [&](auth::PersonUse& use) {
    store::NoteRepository notes(use.tx);
    return *notes.Find(notes.Add(note, use.now));
  });
}

store::Note Notes::MarkInError(const auth::Principal& who, PersonId person, std::int64_t id,
                               const std::string& reason) const {
  return auth::RunPersonUseCase(
      db_, clock_, who, person, "note-in-error", [&](auth::PersonUse& use) {
        store::NoteRepository notes(use.tx);
        const auto note = notes.Find(id);
        if (!note || note->person != person) {
          throw Error(ErrorCode::kNotFound, "no such note for this person");
        }
        if (note->written_by != who.user_id) {
          throw NotTheAuthor();
        }
        notes.MarkInError(id, who.user_id, reason, use.now);
        return *notes.Find(id);
      });
}

}  // namespace lcn::care
