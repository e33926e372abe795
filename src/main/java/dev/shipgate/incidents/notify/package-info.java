/**
 * Notifications (O6): the outbox of incident transitions delivered to Slack (Block Kit), a generic
 * JSON webhook (optionally signed with HMAC-SHA256) and a GitHub issue comment (one per incident,
 * edited in place). {@link dev.shipgate.incidents.notify.Notifier} delivers each (incident,
 * transition, destination) once, with a delivery id, claiming rows so concurrent commands never
 * send twice; retries with backoff honour Retry-After (capped); a token bucket per destination
 * paces bursts; everything stays within {@code notify.timeout} ({@link
 * dev.shipgate.incidents.notify.Budget}). {@link dev.shipgate.incidents.notify.Notifications} wires
 * an {@code IncidentService} to it for callers. It must never throw into a caller, never change an
 * exit code, never print, and never put a secret (webhook URLs, tokens, the signing secret) in a
 * message, an event or an error text: a failure reason names the destination and a status or
 * failure class, never a URL.
 */
package dev.shipgate.incidents.notify;
