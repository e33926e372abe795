package dev.shipgate.workflow.health;

import java.util.Locale;

/**
 * How one section (or the whole) stands. {@code PENDING} is a part not checked yet; optional
 * failures are {@code DEGRADED}, never {@code UNHEALTHY}.
 */
public enum Condition {
  HEALTHY,
  PENDING,
  DEGRADED,
  UNHEALTHY;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The worse of two. */
  public Condition and(Condition other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
