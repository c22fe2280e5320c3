-- An environment's secrets and when it last changed. secrets holds a JSON object from each secret's
-- name to its value sealed with the server's SecretBox: names are readable, values are not.
ALTER TABLE environments ADD COLUMN secrets TEXT;
ALTER TABLE environments ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
UPDATE environments SET updated_at = created_at;
ALTER TABLE environments ALTER COLUMN updated_at SET NOT NULL;
CREATE UNIQUE INDEX environments_repository_name ON environments(repository_id, name);
