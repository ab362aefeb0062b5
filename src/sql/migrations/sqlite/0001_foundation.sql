-- Foundation: geography, organisations, teams, staff accounts, sessions, people,
-- break-glass grants and the hash-chained audit trail. Times are UTC microseconds.
CREATE TABLE areas (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('system', 'place', 'network', 'neighbourhood')),
  code TEXT UNIQUE,
  name TEXT NOT NULL,
  parent_id INTEGER REFERENCES areas(id),
  population INTEGER,
  version INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX areas_parent ON areas(parent_id);

CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  ods_code TEXT UNIQUE,
  name TEXT NOT NULL,
  postcode TEXT,
  area_id INTEGER REFERENCES areas(id),
  list_size INTEGER,
  pcn_code TEXT,
  pcn_name TEXT,
  description TEXT,
  website TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX organisations_area ON organisations(area_id);

CREATE TABLE teams (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  name TEXT NOT NULL,
  area_id INTEGER REFERENCES areas(id),
  version INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (organisation_id, name)
) STRICT;

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER,
  password_changed_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE team_members (
  team_id INTEGER NOT NULL REFERENCES teams(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  PRIMARY KEY (team_id, user_id)
) STRICT;
CREATE INDEX team_members_user ON team_members(user_id);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  nhs_number TEXT UNIQUE,
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  sex TEXT NOT NULL,
  postcode TEXT,
  practice_id INTEGER REFERENCES organisations(id),
  version INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX people_name_birth ON people(lower(family_name), birth_date);
CREATE INDEX people_practice ON people(practice_id);

CREATE TABLE break_glass_grants (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  person_id INTEGER NOT NULL REFERENCES people(id),
  reason TEXT NOT NULL,
  granted_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  reviewed_by INTEGER REFERENCES users(id),
  reviewed_at INTEGER,
  review_note TEXT
) STRICT;
CREATE INDEX break_glass_user_person ON break_glass_grants(user_id, person_id);

CREATE TABLE audit_events (
  seq INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  user_id INTEGER,
  username TEXT,
  role TEXT,
  organisation_id INTEGER,
  action TEXT NOT NULL,
  person_id INTEGER,
  purpose TEXT,
  reason TEXT,
  outcome TEXT NOT NULL,
  detail TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;
CREATE INDEX audit_events_person ON audit_events(person_id, seq);

CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL
) STRICT;
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, 'genesis');

-- The audit trail is append-only: the database itself refuses changes and deletions.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
