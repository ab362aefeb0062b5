-- Tasks and referrals about a person between people, teams and organisations, with their
-- history. A referral accepted by its assignee adds the assignee to the person's care team.
CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people(id),
  kind TEXT NOT NULL CHECK (kind IN ('task', 'referral')),
  service TEXT,
  title TEXT NOT NULL,
  details TEXT,
  priority TEXT NOT NULL CHECK (priority IN ('routine', 'soon', 'urgent')),
  due_date TEXT,
  state TEXT NOT NULL
    CHECK (state IN ('requested', 'accepted', 'declined', 'in_progress', 'completed', 'cancelled')),
  requested_by INTEGER NOT NULL REFERENCES users(id),
  requester_organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  assignee_user_id INTEGER REFERENCES users(id),
  assignee_team_id INTEGER REFERENCES teams(id),
  assignee_organisation_id INTEGER REFERENCES organisations(id),
  decline_reason TEXT,
  outcome TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK ((assignee_user_id IS NOT NULL) + (assignee_team_id IS NOT NULL) + (assignee_organisation_id IS NOT NULL) = 1)
) STRICT;
CREATE INDEX tasks_person ON tasks(person_id);
CREATE INDEX tasks_assignee_user ON tasks(assignee_user_id, state);
CREATE INDEX tasks_assignee_team ON tasks(assignee_team_id, state);
CREATE INDEX tasks_assignee_organisation ON tasks(assignee_organisation_id, state);
CREATE INDEX tasks_requested_by ON tasks(requested_by, state);

CREATE TABLE task_events (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(id),
  from_state TEXT,
  to_state TEXT NOT NULL,
  note TEXT,
  changed_by INTEGER REFERENCES users(id),
  changed_at INTEGER NOT NULL
) STRICT;
CREATE INDEX task_events_task ON task_events(task_id, id);
