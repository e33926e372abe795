-- deploy: the deploy lock (one row per project while a deploy runs) and one row per finished deploy.
-- Times are milliseconds since 1970-01-01 UTC. The SQLite file next to this one defines the same tables.
CREATE TABLE deploy_lock (
  lock_name VARCHAR(255) PRIMARY KEY,
  run_id VARCHAR(100) NOT NULL,
  host VARCHAR(255) NOT NULL,
  pid BIGINT NOT NULL,
  user_name VARCHAR(255) NOT NULL,
  started_at BIGINT NOT NULL,
  heartbeat_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);

CREATE TABLE deploy_run (
  run_id VARCHAR(100) PRIMARY KEY,
  project VARCHAR(255) NOT NULL,
  status VARCHAR(10) NOT NULL CHECK (status IN ('SUCCESS', 'FAILURE', 'PARTIAL')),
  failed_phase VARCHAR(40),
  started_at BIGINT NOT NULL,
  duration_ms BIGINT NOT NULL,
  trace_id VARCHAR(100),
  report_path TEXT
);
CREATE INDEX deploy_run_project_started ON deploy_run (project, started_at);
