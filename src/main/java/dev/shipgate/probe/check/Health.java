package dev.shipgate.probe.check;

import dev.shipgate.core.Verdict;
import java.util.Locale;

/**
 * The verdict on a whole run, and its verdict (healthy passes, degraded is partial, unhealthy
 * fails).
 */
public enum Health {
  HEALTHY(Verdict.PASS),
  DEGRADED(Verdict.PARTIAL),
  UNHEALTHY(Verdict.FAIL);

  private final Verdict verdict;

  Health(Verdict verdict) {
    this.verdict = verdict;
  }

  public Verdict verdict() {
    return verdict;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
