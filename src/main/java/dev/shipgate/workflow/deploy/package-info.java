/**
 * {@code deploy} (D1-D6): the state machine PRECHECK → DB_VALIDATE → MIGRATE_VERIFY → BACKEND_START
 * → BACKEND_READY_GATE → FRONTEND_START → TUNNEL_START_OR_VERIFY → EXTERNAL_VERIFY → SUCCESS, or
 * FAILURE_ROLLBACK from any failing state. It composes the sentry steps (database and migrations),
 * the probe engine (readiness, recovery, tunnel layers, externals), the deploy feature (process
 * groups, lock, state file) and the incident store, and returns a {@link DeployReport}; it emits
 * {@link DeployEvents} and never formats terminal text. The report files are written by the {@link
 * ReportSink} the caller hands in.
 */
package dev.shipgate.workflow.deploy;
