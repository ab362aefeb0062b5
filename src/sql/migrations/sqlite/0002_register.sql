-- The population register behind case finding: one row per person with the clinical history
-- of the latest extract that included them (a packed blob, docs/register.md), the imports that
-- wrote it, and each person's enrolment state (care coordination), which worklists exclude.
CREATE TABLE register_imports (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  imported_by INTEGER REFERENCES users(id),
  started_at INTEGER NOT NULL,
  finished_at INTEGER NOT NULL,
  patients_new INTEGER NOT NULL,
  patients_updated INTEGER NOT NULL,
  patients_unchanged INTEGER NOT NULL,
  patients_left INTEGER NOT NULL,
  events INTEGER NOT NULL,
  medications INTEGER NOT NULL,
  encounters INTEGER NOT NULL,
  unknown_codes INTEGER NOT NULL
) STRICT;

CREATE TABLE register_patients (
  person_id INTEGER PRIMARY KEY REFERENCES people(id),
  practice_ods TEXT NOT NULL,
  source_id TEXT NOT NULL,
  care_home_ods TEXT,
  death_date TEXT,
  left_date TEXT,
  history BLOB NOT NULL,
  content_hash TEXT NOT NULL,
  import_id INTEGER REFERENCES register_imports(id),
  version INTEGER NOT NULL DEFAULT 1,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX register_patients_source ON register_patients(practice_ods, source_id);

-- Coded events recorded in LCN itself (through the API), kept apart from the extracts' history
-- so that a later import never erases them; the engine sees both.
CREATE TABLE register_local_events (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people(id),
  code INTEGER NOT NULL,
  event_date TEXT NOT NULL,
  value REAL,
  recorded_by INTEGER REFERENCES users(id),
  recorded_at INTEGER NOT NULL
) STRICT;
CREATE INDEX register_local_events_person ON register_local_events(person_id);

CREATE TABLE enrolments (
  person_id INTEGER PRIMARY KEY REFERENCES people(id),
  state TEXT NOT NULL
    CHECK (state IN ('identified', 'invited', 'enrolled', 'declined', 'closed')),
  reason TEXT,
  agreement TEXT CHECK (agreement IN ('verbal', 'written', 'by_carer')),
  lead_user_id INTEGER REFERENCES users(id),
  changed_by INTEGER REFERENCES users(id),
  changed_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX enrolments_lead ON enrolments(lead_user_id);

-- Every change of enrolment state, for the person's timeline and the audit of who did what.
CREATE TABLE enrolment_events (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people(id),
  from_state TEXT,
  to_state TEXT NOT NULL,
  reason TEXT,
  agreement TEXT,
  lead_user_id INTEGER REFERENCES users(id),
  changed_by INTEGER REFERENCES users(id),
  changed_at INTEGER NOT NULL
) STRICT;
CREATE INDEX enrolment_events_person ON enrolment_events(person_id, id);
