/**
 * shipgate's own logs and internal-error reporting (infrastructure): {@link
 * dev.shipgate.logs.JsonLog} writes JSON lines through logback and logstash-logback-encoder to
 * {@code <logs.dir>/<name>.jsonl} (time, level, event, target, state, reason, traceId, ...),
 * rotated by day and by size with {@code logs.keepDays}, {@code logs.maxSize} and {@code
 * logs.totalCap} (the active file is renamed, so a reader never sees half a rotation), every value
 * redacted first; {@link dev.shipgate.logs.ErrorReporter} sends shipgate's own internal errors to
 * Sentry (Sentry's Java SDK) when a DSN is configured, redacted the same way. It never writes to
 * stdout or stderr and knows no feature.
 */
package dev.shipgate.logs;
