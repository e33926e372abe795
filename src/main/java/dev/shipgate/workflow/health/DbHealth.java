package dev.shipgate.workflow.health;

/**
 * One database check: whether a fresh connection answered {@code SELECT 1}, how long the round trip
 * took, and the one-line reason (redacted URL, never a password) when it did not.
 */
public record DbHealth(boolean ready, long latencyMs, String error) {}
