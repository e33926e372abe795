-- shipgate's incident store, SQLite. The PostgreSQL file next to this one defines the same tables.
-- Times are milliseconds since 1970-01-01 UTC; details and metadata are JSON text.
CREATE TABLE incident (
  id INTEGER PRIMARY KEY,
  incident_key VARCHAR(255) NOT NULL,
  severity VARCHAR(10) NOT NULL CHECK (severity IN ('INFO', 'WARN', 'CRITICAL')),
  category VARCHAR(20) NOT NULL,
  summary VARCHAR(2000) NOT NULL,
  details TEXT NOT NULL,
  status VARCHAR(10) NOT NULL CHECK (status IN ('OPEN', 'RESOLVED')),
  opened_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  resolved_at BIGINT,
  resolution_notes TEXT,
  repeat_count INTEGER NOT NULL,
  opened_count INTEGER NOT NULL,
  deploy_id VARCHAR(100),
  trace_id VARCHAR(100)
);
CREATE UNIQUE INDEX incident_open_key ON incident (incident_key) WHERE status = 'OPEN';
CREATE INDEX incident_key_resolved ON incident (incident_key, resolved_at);
CREATE INDEX incident_status_updated ON incident (status, updated_at);

CREATE TABLE incident_event (
  id INTEGER PRIMARY KEY,
  incident_id BIGINT NOT NULL REFERENCES incident (id),
  at BIGINT NOT NULL,
  type VARCHAR(20) NOT NULL,
  message TEXT NOT NULL,
  metadata TEXT NOT NULL
);
CREATE INDEX incident_event_incident ON incident_event (incident_id, id);

CREATE TABLE notify_outbox (
  id INTEGER PRIMARY KEY,
  incident_id BIGINT NOT NULL REFERENCES incident (id),
  opened_count INTEGER NOT NULL,
  transition VARCHAR(20) NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (incident_id, opened_count, transition)
);

CREATE TABLE notify_delivery (
  id INTEGER PRIMARY KEY,
  outbox_id BIGINT NOT NULL REFERENCES notify_outbox (id),
  destination VARCHAR(20) NOT NULL,
  delivery_id VARCHAR(64) NOT NULL UNIQUE,
  status VARCHAR(12) NOT NULL,
  attempts INTEGER NOT NULL,
  next_attempt_at BIGINT NOT NULL,
  claimed_until BIGINT NOT NULL,
  last_error VARCHAR(500),
  delivered_at BIGINT,
  UNIQUE (outbox_id, destination)
);
CREATE INDEX notify_delivery_due ON notify_delivery (status, next_attempt_at);

CREATE TABLE notify_thread (
  incident_id BIGINT NOT NULL REFERENCES incident (id),
  destination VARCHAR(20) NOT NULL,
  ref VARCHAR(200) NOT NULL,
  PRIMARY KEY (incident_id, destination)
);
