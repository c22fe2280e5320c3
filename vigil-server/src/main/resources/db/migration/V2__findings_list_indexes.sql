-- Indexes for the findings list at 100,000+ findings (see vigil bench findings). Each serves a
-- filter of the list and, after it, a sort; id last so ties are read in order. Same SQL on H2 and
-- PostgreSQL.

-- commit=<sha prefix>: the filter is a range on either commit column.
CREATE INDEX findings_introduced_sha ON findings(introduced_sha);
CREATE INDEX findings_fixed_sha ON findings(fixed_sha);

-- owner=<name> and sort=owner.
CREATE INDEX findings_repo_owner ON findings(repository_id, owner, id);

-- validated=true, most severe first.
CREATE INDEX findings_repo_validated ON findings(repository_id, validated, severity_rank, id);

-- status=open (the usual view) sorted by path or by newest commit.
CREATE INDEX findings_repo_status_path ON findings(repository_id, status, path, id);
CREATE INDEX findings_repo_status_introduced ON findings(repository_id, status, introduced_at, id);

-- sort=confidence by rank (0 = high, as Confidence.ordinal()), not alphabetically, from an index.
ALTER TABLE findings ADD COLUMN confidence_rank INTEGER DEFAULT 2 NOT NULL;
UPDATE findings SET confidence_rank = CASE confidence WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END;
CREATE INDEX findings_repo_confidence ON findings(repository_id, confidence_rank, id);
