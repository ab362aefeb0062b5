-- A person's care team: members from any organisation (a named member of staff, a team or a
-- whole organisation) with their role, a lead flag, and when they joined and left. Active
-- membership is a legitimate relationship (store/relationship_repository.cpp).
CREATE TABLE care_team_members (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people(id),
  user_id INTEGER REFERENCES users(id),
  team_id INTEGER REFERENCES teams(id),
  organisation_id INTEGER REFERENCES organisations(id),
  role TEXT NOT NULL,
  is_lead INTEGER NOT NULL DEFAULT 0,
  started_at INTEGER NOT NULL,
  ended_at INTEGER,
  end_reason TEXT,
  added_by INTEGER REFERENCES users(id),
  version INTEGER NOT NULL DEFAULT 1,
  CHECK ((user_id IS NOT NULL) + (team_id IS NOT NULL) + (organisation_id IS NOT NULL) = 1)
) STRICT;
CREATE INDEX care_team_members_person ON care_team_members(person_id, ended_at);
CREATE INDEX care_team_members_user ON care_team_members(user_id, ended_at);
CREATE INDEX care_team_members_team ON care_team_members(team_id, ended_at);
CREATE INDEX care_team_members_organisation ON care_team_members(organisation_id, ended_at);
