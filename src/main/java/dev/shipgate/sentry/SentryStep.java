package dev.shipgate.sentry;

import java.time.Duration;

/**
 * One step of a sentry run.
 *
 * @param detail what it found (ok) or what went wrong (failed)
 */
public record SentryStep(String name, boolean ok, Duration took, String detail) {}
