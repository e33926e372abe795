package dev.shipgate.incidents;

import java.time.Duration;

/**
 * Which incidents {@link IncidentService#list} returns, most recently updated first.
 *
 * @param openOnly only open incidents
 * @param since only those updated this recently, or null for any time
 * @param limit at most this many
 */
public record IncidentQuery(boolean openOnly, Duration since, int limit) {
  public static IncidentQuery open() {
    return new IncidentQuery(true, null, 100);
  }
}
