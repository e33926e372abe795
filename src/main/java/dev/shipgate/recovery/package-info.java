/**
 * Bounded recovery: what {@code monitor} (and {@code serve}'s {@code POST /health/recover}) run
 * when a target is down. {@link dev.shipgate.recovery.RecoveryEngine} is the whole public API:
 * {@code attempt(target)} returns a {@link dev.shipgate.recovery.RecoveryOutcome}, {@code stats()}
 * a {@link dev.shipgate.recovery.RecoveryStats}. An action is a shell command with a timeout or an
 * HTTP trigger (429 defers by its Retry-After); each target has a budget (a minimum interval that
 * doubles after each failure, and at most N attempts per window) kept in the store so a restarted
 * monitor keeps counting; a spent budget escalates once and stops trying. Every action runs under
 * one restarter lock (a file lock next to a SQLite store, an advisory lock on a PostgreSQL one)
 * whose holder is visible in the stats. It does not decide when a target is down (that is {@code
 * monitor}), does not print, and never puts a URL or secret in a detail.
 */
package dev.shipgate.recovery;
