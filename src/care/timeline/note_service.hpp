// SPDX-License-Identifier: Apache-2.0
//
// Notes: the notes the care team writes about a person (a phone call, a visit, a message, a
// plain note), for every edge: read them, write one, and mark one's own note as written in
// error (it is kept, with who, when and why). Each use case runs through auth::RunPersonUseCase
// (read-notes, write-note, note-in-error): the person must exist (kNotFound), the caller needs a
// legitimate relationship (kForbidden, audited and committed), and a use case that fails after
// access was allowed leaves no data and its allowed row. Holds references only; cheap to
// construct per call; thread-safe as the database is.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "care/timeline/note_repository.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::care {

class Notes {
 public:
  Notes(sql::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // The person's notes, newest first.
  std::vector<store::Note> List(const auth::Principal& who, PersonId person) const;

  // Writes a note of `kind` by `who`. Error(kBadRequest) naming kind when it is not one of
  // domain::NoteKinds(). Returns the note as stored.
  store::Note Add(const auth::Principal& who, PersonId person, const std::string& kind,
                  const std::string& text) const;

  // Marks note `id` as written in error, with `reason`. Error(kNotFound) when the person has no
  // such note; Error(kForbidden, kind "not-the-author") when `who` did not write it (already
  // audited: access to the person was allowed and its row commits); Error(kConflict) when it is
  // already marked. Returns the note as stored.
  store::Note MarkInError(const auth::Principal& who, PersonId person, std::int64_t id,
                          const std::string& reason) const;

 private:
  sql::Database& db_;
  const Clock& clock_;
};

}  // namespace lcn::care
