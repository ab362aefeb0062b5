-- Notes about a person written by anyone in their care: a phone call, a visit, a message, a
-- plain note. Append-only: a note written in error is marked so (with who, when and why) and
-- kept, as paper records are struck through, never erased.
CREATE TABLE person_notes (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people(id),
  kind TEXT NOT NULL
    CHECK (kind IN ('note', 'phone_call', 'home_visit', 'clinic_visit', 'message', 'meeting')),
  text TEXT NOT NULL,
  written_by INTEGER NOT NULL REFERENCES users(id),
  written_at INTEGER NOT NULL,
  in_error_by INTEGER REFERENCES users(id),
  in_error_at INTEGER,
  in_error_reason TEXT
) STRICT;
CREATE INDEX person_notes_person ON person_notes(person_id, written_at);
