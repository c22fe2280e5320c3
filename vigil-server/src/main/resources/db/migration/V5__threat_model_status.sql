-- What inference said at the commit a threat model version describes, and whether newer commits
-- changed the architecture enough that people should review the model again.
ALTER TABLE threat_model_versions ADD COLUMN inferred_yaml TEXT;

CREATE TABLE threat_model_status (
  repository_id  BIGINT PRIMARY KEY REFERENCES repositories(id) ON DELETE CASCADE,
  needs_review   BOOLEAN NOT NULL,
  changes        TEXT NOT NULL,
  checked_sha    VARCHAR(64) NOT NULL,
  checked_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
