-- Holistic assessments and scored instruments (docs/assessments.md): one row per completed
-- questionnaire, append-only. The questionnaire is named by its id and pinned by url and
-- version; the answers, scores and flags are kept as they were when it was completed, so a later
-- version of the questionnaire never changes a past result.
CREATE TABLE assessments (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people(id),
  questionnaire TEXT NOT NULL,
  questionnaire_url TEXT NOT NULL,
  questionnaire_version TEXT NOT NULL,
  answers TEXT NOT NULL,
  total INTEGER,
  band TEXT,
  scores TEXT NOT NULL,
  flags TEXT NOT NULL,
  written_by TEXT NOT NULL CHECK (written_by IN ('professional', 'person', 'carer')),
  completed_with_person INTEGER NOT NULL CHECK (completed_with_person IN (0, 1)),
  notes TEXT,
  completed_by INTEGER NOT NULL REFERENCES users(id),
  completed_at INTEGER NOT NULL
) STRICT;
CREATE INDEX assessments_person ON assessments(person_id, questionnaire, completed_at);
