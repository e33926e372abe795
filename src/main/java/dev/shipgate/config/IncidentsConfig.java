package dev.shipgate.config;

import java.time.Duration;

/**
 * `incidents:` how the incident store deduplicates and how long it keeps resolved incidents.
 *
 * @param reopenWindow a key recorded again this soon after its incident was resolved reopens that
 *     incident instead of opening a new one
 * @param keepDays resolved incidents older than this are pruned (open ones never are)
 */
public record IncidentsConfig(Duration reopenWindow, Integer keepDays) {
  public IncidentsConfig {
    reopenWindow = Immutables.or(reopenWindow, Duration.ofMinutes(30));
    keepDays = Immutables.or(keepDays, 90);
  }

  static IncidentsConfig defaults() {
    return new IncidentsConfig(null, null);
  }
}
