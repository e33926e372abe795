-- Written on a parallel branch that also picked number 005; the "b" suffix orders it after 005.
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  session_type VARCHAR(20) NOT NULL
);
CREATE INDEX ix_sessions_session_type ON sessions (session_type);
