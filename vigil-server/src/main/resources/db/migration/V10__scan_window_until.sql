-- A backfill's window may be a date range: the last moment (inclusive) of its commits; null = up to
-- the branch tip.
ALTER TABLE scans ADD COLUMN window_until TIMESTAMP WITH TIME ZONE;
