-- Personalised care and support plans (docs/care-coordination.md): one plan per person, every
-- version kept. care_plans holds the current state that others query (the review date for
-- continual review, the status); care_plan_versions holds each version as it was saved: its
-- content (needs, goals in the person's words, actions with owners, contingency plan,
-- agreement, review date) as JSON text, and who recorded it, when and why. Append-only.
CREATE TABLE care_plans (
  person_id INTEGER PRIMARY KEY REFERENCES people(id),
  current_version INTEGER NOT NULL CHECK (current_version >= 1),
  review_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('draft', 'agreed')),
  updated_at INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES users(id)
) STRICT;
CREATE INDEX care_plans_review ON care_plans(review_date) WHERE review_date IS NOT NULL;

CREATE TABLE care_plan_versions (
  person_id INTEGER NOT NULL REFERENCES people(id),
  version INTEGER NOT NULL CHECK (version >= 1),
  content TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'agreed')),
  agreed_with TEXT CHECK (agreed_with IN ('person', 'carer', 'person_and_carer')),
  agreed_how TEXT CHECK (agreed_how IN ('face_to_face', 'phone', 'video', 'letter')),
  agreed_on TEXT,
  review_date TEXT,
  recorded_by INTEGER NOT NULL REFERENCES users(id),
  recorded_at INTEGER NOT NULL,
  change_note TEXT,
  PRIMARY KEY (person_id, version)
) STRICT;
