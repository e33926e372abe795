/**
 * Incidents (O1): one timeline for "why did it fail". The model ({@link
 * dev.shipgate.incidents.Incident}, {@link dev.shipgate.incidents.IncidentEvent}, severities,
 * categories, event types), {@link dev.shipgate.incidents.IncidentService} (record with dedup on a
 * key, reopen window and repeat count; resolve; list; show; retention pruned on write; secrets
 * redacted before anything is written; the outbox row of every transition written in the same
 * transaction) and {@link dev.shipgate.incidents.IncidentRecorder} (what {@code --record} and
 * composing verbs call: one outcome per target). Its tables live in the store ({@code
 * dev.shipgate.store}). It must not import other features (probe, migrate, status, verify, ...),
 * must not make HTTP requests (delivery is {@code incidents.notify}, reached through {@link
 * dev.shipgate.incidents.Dispatcher}), and must not print.
 */
package dev.shipgate.incidents;
