-- The installation's daily advisory update (off until an admin turns it on): where from, and how
-- the last run went.
CREATE TABLE advisory_schedule (
  id            INT PRIMARY KEY,
  enabled       BOOLEAN NOT NULL,
  source_url    VARCHAR(2000),
  ecosystems    VARCHAR(200),
  last_run_at   TIMESTAMP WITH TIME ZONE,
  last_outcome  VARCHAR(2000),
  updated_by    VARCHAR(200),
  updated_at    TIMESTAMP WITH TIME ZONE
);
