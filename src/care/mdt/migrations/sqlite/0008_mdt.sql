-- MDT meetings per network or neighbourhood (docs/care-coordination.md): the meeting and its
-- state history, attendees (staff, or named guests), the case list with each person's outcome,
-- and the tasks an outcome's actions became. Being on the case list of a meeting you chair or
-- attend is the mdt-case-list legitimate relationship (store/relationship_repository.cpp).
CREATE TABLE mdt_meetings (
  id INTEGER PRIMARY KEY,
  area_id INTEGER NOT NULL REFERENCES areas(id),
  title TEXT NOT NULL,
  starts_at INTEGER NOT NULL,
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 720),
  location TEXT,
  video_link TEXT,
  chair_user_id INTEGER NOT NULL REFERENCES users(id),
  state TEXT NOT NULL CHECK (state IN ('scheduled', 'held', 'closed', 'cancelled')),
  minutes TEXT,
  minutes_by INTEGER REFERENCES users(id),
  minutes_at INTEGER,
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX mdt_meetings_area ON mdt_meetings(area_id, starts_at);
CREATE INDEX mdt_meetings_chair ON mdt_meetings(chair_user_id, starts_at);

CREATE TABLE mdt_meeting_events (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES mdt_meetings(id),
  from_state TEXT,
  to_state TEXT NOT NULL,
  reason TEXT,
  changed_by INTEGER REFERENCES users(id),
  changed_at INTEGER NOT NULL
) STRICT;
CREATE INDEX mdt_meeting_events_meeting ON mdt_meeting_events(meeting_id, id);

CREATE TABLE mdt_attendees (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES mdt_meetings(id),
  user_id INTEGER REFERENCES users(id),
  guest_name TEXT,
  guest_organisation TEXT,
  attended INTEGER CHECK (attended IN (0, 1)),
  added_by INTEGER NOT NULL REFERENCES users(id),
  added_at INTEGER NOT NULL,
  CHECK ((user_id IS NOT NULL) + (guest_name IS NOT NULL) = 1),
  UNIQUE (meeting_id, user_id)
) STRICT;
CREATE INDEX mdt_attendees_user ON mdt_attendees(user_id, meeting_id);

CREATE TABLE mdt_cases (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES mdt_meetings(id),
  person_id INTEGER NOT NULL REFERENCES people(id),
  source TEXT NOT NULL
    CHECK (source IN ('worklist', 'referral', 'review_due', 'mdt_review', 'added_by_hand')),
  reason TEXT NOT NULL,
  position INTEGER NOT NULL,
  added_by INTEGER NOT NULL REFERENCES users(id),
  added_at INTEGER NOT NULL,
  summary TEXT,
  decision TEXT CHECK (decision IN ('continue_plan', 'update_plan', 'refer', 'escalate',
                                    'discharge_from_mdt', 'no_change')),
  next_review_date TEXT,
  outcome_by INTEGER REFERENCES users(id),
  outcome_at INTEGER,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (meeting_id, person_id)
) STRICT;
CREATE INDEX mdt_cases_person ON mdt_cases(person_id, meeting_id);
CREATE INDEX mdt_cases_next_review ON mdt_cases(next_review_date);

CREATE TABLE mdt_case_tasks (
  case_id INTEGER NOT NULL REFERENCES mdt_cases(id),
  task_id INTEGER NOT NULL REFERENCES tasks(id),
  PRIMARY KEY (case_id, task_id)
) STRICT;
