-- Review of remediation patches (issue 13): who approved the current diff of a patch and when; a
-- reviewer's edit clears the approval, since it approved another diff.
ALTER TABLE finding_patches ADD COLUMN approved_by VARCHAR(200);
ALTER TABLE finding_patches ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;

-- What an approved patch was published as (the table V1 reserved, read by the release review): the
-- fix branch and its commit, and on GitHub the pull request (number, address) with its state,
-- followed by polling and pull_request webhooks. No version wrote rows before this one, and
-- PullRequestStore fills every column; ALTER TABLE adds them nullable all the same.
ALTER TABLE pull_requests ADD COLUMN patch_id BIGINT;
ALTER TABLE pull_requests ADD CONSTRAINT pull_requests_patch FOREIGN KEY (patch_id)
  REFERENCES finding_patches(id) ON DELETE CASCADE;
ALTER TABLE pull_requests ADD COLUMN branch VARCHAR(255);
ALTER TABLE pull_requests ADD COLUMN commit_sha VARCHAR(64);
ALTER TABLE pull_requests ADD COLUMN github_repository VARCHAR(300);
ALTER TABLE pull_requests ADD COLUMN number INTEGER;
ALTER TABLE pull_requests ADD COLUMN merge_sha VARCHAR(64);
ALTER TABLE pull_requests ADD COLUMN reviewers TEXT;
ALTER TABLE pull_requests ADD COLUMN note VARCHAR(4000);
ALTER TABLE pull_requests ADD COLUMN opened_by VARCHAR(200);
ALTER TABLE pull_requests ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX pull_requests_finding ON pull_requests(finding_id, created_at);
CREATE INDEX pull_requests_github ON pull_requests(github_repository, number);
