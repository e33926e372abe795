CREATE TABLE proposals (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id),
  title VARCHAR(200) NOT NULL,
  visitor_session_id VARCHAR(64)
);
