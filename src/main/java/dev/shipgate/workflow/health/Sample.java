package dev.shipgate.workflow.health;

import java.time.Duration;
import java.time.Instant;

/**
 * The latest result of one background part. {@code value} is null until the first check has
 * finished, and when the last one failed or timed out ({@code error} then says why). {@code
 * checkedAt} is when the result was known; {@code durationMs} how long the check took (or the
 * timeout it ran into).
 */
public record Sample<T>(
    T value, Instant checkedAt, long durationMs, boolean timedOut, String error) {

  /** Not checked yet. */
  public static <T> Sample<T> pending() {
    return new Sample<>(null, null, 0, false, null);
  }

  static <T> Sample<T> of(T value, Instant at, Duration took) {
    return new Sample<>(value, at, took.toMillis(), false, null);
  }

  static <T> Sample<T> failed(String error, Instant at, Duration took) {
    return new Sample<>(null, at, took.toMillis(), false, error);
  }

  static <T> Sample<T> timedOut(Instant at, Duration timeout) {
    return new Sample<>(
        null,
        at,
        timeout.toMillis(),
        true,
        "no answer within " + dev.shipgate.config.Durations.format(timeout) + " (still waiting)");
  }

  public boolean isPending() {
    return checkedAt == null;
  }

  /** Milliseconds since {@code checkedAt}, or null when not checked yet. */
  public Long ageMs(Instant now) {
    return checkedAt == null ? null : Math.max(0, Duration.between(checkedAt, now).toMillis());
  }
}
