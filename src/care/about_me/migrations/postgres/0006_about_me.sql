-- About me (docs/care-coordination.md): one document per person, told once, with every version
-- kept. A change appends the next version; the current document is the highest. The key
-- (person_id, version) makes two writers of the same next version collide, so a stale edit can
-- never overwrite a newer one. content is the JSON written by domain/about_me.cpp.
CREATE TABLE about_me_versions (
  person_id BIGINT NOT NULL REFERENCES people(id),
  version BIGINT NOT NULL CHECK (version >= 1),
  content TEXT NOT NULL,
  written_by TEXT NOT NULL CHECK (written_by IN ('professional', 'person', 'carer')),
  written_with TEXT,
  note TEXT,
  recorded_by BIGINT NOT NULL REFERENCES users(id),
  recorded_at BIGINT NOT NULL,
  PRIMARY KEY (person_id, version)
);

-- Correcting an assessment (docs/assessments.md). An assessment entered in error keeps its row,
-- with who said so, when and why. A correction is a new assessment that names the one it
-- corrects (at most one correction each); it carries the original's completed_at, and
-- recorded_at says when the correction itself was written.
ALTER TABLE assessments
  ADD COLUMN corrects BIGINT REFERENCES assessments(id),
  ADD COLUMN correction_reason TEXT,
  ADD COLUMN recorded_at BIGINT,
  ADD COLUMN entered_in_error_at BIGINT,
  ADD COLUMN entered_in_error_by BIGINT REFERENCES users(id),
  ADD COLUMN entered_in_error_reason TEXT;
CREATE UNIQUE INDEX assessments_corrects ON assessments(corrects);
