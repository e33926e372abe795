package dev.shipgate.migrate;

/**
 * One file a run applied.
 *
 * @param version the version text, or null for a repeatable
 * @param outsideTransaction it ran statement by statement outside a transaction
 * @param byOtherRun another run applied it first (SQLite re-check); nothing was executed
 */
public record Applied(
    String version, String name, long durationMs, boolean outsideTransaction, boolean byOtherRun) {}
