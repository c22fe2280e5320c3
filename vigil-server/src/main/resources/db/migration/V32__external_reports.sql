-- Results of other tools (imported SARIF) that name the same problem as one of Vigil's own findings
-- (same path and CWE, within two lines): kept beside that finding instead of as a duplicate.
CREATE TABLE external_reports (
  finding_id      BIGINT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  fingerprint     VARCHAR(64) NOT NULL,
  tool            VARCHAR(100) NOT NULL,
  rule_id         VARCHAR(300) NOT NULL,
  line            INTEGER NOT NULL,
  reported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (finding_id, fingerprint)
);
