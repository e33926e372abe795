package dev.shipgate.monitor;

import java.time.Instant;

/**
 * One target's own state from its observations: {@code failureThreshold} failures in a row make it
 * DOWN (fewer: DEGRADED), {@code successThreshold} passes in a row bring a DOWN target back UP (a
 * DEGRADED one comes back with one pass). An optional target never goes beyond DEGRADED; during the
 * startup grace failures are counted but make it DEGRADED only. A DEGRADED observation (working
 * partly) makes it DEGRADED and does not count towards DOWN.
 */
public final class Hysteresis {
  private final TargetPolicy policy;
  private TargetState state = TargetState.UNKNOWN;
  private int failures;
  private int passes;

  public Hysteresis(TargetPolicy policy) {
    this.policy = policy;
  }

  public TargetState state() {
    return state;
  }

  public int failures() {
    return failures;
  }

  public int passes() {
    return passes;
  }

  /** Applies one observation; {@code inGrace} when it falls within the startup grace. */
  public TargetState observe(Health health, boolean inGrace) {
    switch (health) {
      case PASS -> {
        passes++;
        failures = 0;
        if (state != TargetState.DOWN || passes >= policy.successThreshold()) {
          state = TargetState.UP;
        }
      }
      case DEGRADED -> {
        passes = 0;
        failures = 0;
        if (state != TargetState.DOWN) {
          state = TargetState.DEGRADED;
        }
      }
      case FAIL -> {
        failures++;
        passes = 0;
        boolean down = failures >= policy.failureThreshold() && !policy.optional() && !inGrace;
        if (down) {
          state = TargetState.DOWN;
        } else if (state != TargetState.DOWN) {
          state = TargetState.DEGRADED;
        }
      }
    }
    return state;
  }

  /** Whether {@code at} is within {@code grace} of {@code start}. */
  public static boolean inGrace(Instant start, java.time.Duration grace, Instant at) {
    return at.isBefore(start.plus(grace));
  }
}
