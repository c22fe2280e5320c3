-- A connected repository's counterpart on GitHub (github.com or an Enterprise Server), for SARIF
-- upload to code scanning. The token is the repository's credential; nothing secret is kept here.
CREATE TABLE github_links (
  repository_id      BIGINT PRIMARY KEY REFERENCES repositories(id) ON DELETE CASCADE,
  api_base           VARCHAR(500) NOT NULL,
  full_name          VARCHAR(300) NOT NULL,
  upload_sarif       BOOLEAN NOT NULL DEFAULT FALSE,
  last_upload_at     TIMESTAMP WITH TIME ZONE,
  last_upload_scan   BIGINT,
  last_upload_id     VARCHAR(200),
  last_upload_error  VARCHAR(2000)
);
