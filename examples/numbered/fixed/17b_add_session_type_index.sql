CREATE INDEX ix_sessions_type ON sessions (session_type);
