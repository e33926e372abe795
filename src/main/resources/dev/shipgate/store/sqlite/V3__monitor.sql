-- Recovery budget and restarter lock holder of `shipgate monitor` (and serve's /health/recover),
-- SQLite. The PostgreSQL file next to this one defines the same tables. This file stands alone:
-- it assumes only V1's history, not the tables of any other version, so versions added by other
-- features may be applied before or after it. Times are milliseconds since 1970-01-01 UTC.
CREATE TABLE recovery_attempt (
  id INTEGER PRIMARY KEY,
  target VARCHAR(255) NOT NULL,
  action VARCHAR(20) NOT NULL,
  holder VARCHAR(255) NOT NULL,
  started_at BIGINT NOT NULL,
  finished_at BIGINT,
  status VARCHAR(20) NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED', 'DEFERRED')),
  detail VARCHAR(4000)
);
CREATE INDEX recovery_attempt_target ON recovery_attempt (target, started_at);

CREATE TABLE recovery_state (
  target VARCHAR(255) PRIMARY KEY,
  consecutive_failures INTEGER NOT NULL,
  not_before BIGINT,
  escalated_at BIGINT,
  updated_at BIGINT NOT NULL
);

CREATE TABLE recovery_holder (
  lock_name VARCHAR(100) PRIMARY KEY,
  holder VARCHAR(255) NOT NULL,
  target VARCHAR(255) NOT NULL,
  since BIGINT NOT NULL
);
