-- Browser sessions of the web UI, kept in the database so several Vigil processes share them.
-- Only a hash of the session id is stored; the CSRF token is per session.
CREATE TABLE web_sessions (
  id_hash         VARCHAR(64) PRIMARY KEY,
  user_id         BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token      VARCHAR(64) NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  last_seen_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX web_sessions_user ON web_sessions(user_id);
CREATE INDEX web_sessions_seen ON web_sessions(last_seen_at);
