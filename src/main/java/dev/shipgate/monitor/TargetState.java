package dev.shipgate.monitor;

/** A monitored target's state. */
public enum TargetState {
  /** Not observed yet. */
  UNKNOWN,
  /** Passing. */
  UP,
  /** Failing, but not (yet) enough in a row to be DOWN, or optional, or in the startup grace. */
  DEGRADED,
  /** {@code failureThreshold} failures in a row (and not yet {@code successThreshold} passes). */
  DOWN,
  /** Failing while a target it depends on is DOWN: the dependency is the incident, not this. */
  SUPPRESSED
}
