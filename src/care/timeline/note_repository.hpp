// SPDX-License-Identifier: Apache-2.0
//
// NoteRepository writes and reads notes about a person (a phone call, a visit, a message, a
// plain note) inside the caller's transaction. Append-only: a note written in error is marked
// so, with who, when and why, and kept. Stateless.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::store {

struct Note {
  std::int64_t id = 0;
  PersonId person;
  std::string kind = "note";  // a domain::NoteKinds() name (note_kind.hpp)
  std::string text;
  UserId written_by;
  std::string written_by_name;  // filled by reads
  Micros written_at = 0;
  std::optional<UserId> in_error_by;
  std::optional<std::string> in_error_by_name;
  std::optional<Micros> in_error_at;
  std::optional<std::string> in_error_reason;
};

class NoteRepository {
 public:
  explicit NoteRepository(sql::Transaction& tx) : tx_(tx) {}

  // Writes the note; returns its id.
  std::int64_t Add(const Note& note, Micros now);

  [[nodiscard]] std::optional<Note> Find(std::int64_t id);

  // The person's notes, newest first.
  std::vector<Note> ForPerson(PersonId person);

  // Marks the note as written in error. kConflict when it already is.
  void MarkInError(std::int64_t id, UserId by, const std::string& reason, Micros now);

 private:
  sql::Transaction& tx_;
};

}  // namespace lcn::store
