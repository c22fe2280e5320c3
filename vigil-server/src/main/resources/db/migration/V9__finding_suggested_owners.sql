-- The owners the repository's CODEOWNERS names for a finding's path at the newest scanned head,
-- space-separated as in the file (e.g. "@acme/payments @alice"); null when it names none. Shown
-- as the suggested owner until a person assigns one; the findings list filters on it (owner, team).
ALTER TABLE findings ADD COLUMN suggested_owners VARCHAR(2000);
