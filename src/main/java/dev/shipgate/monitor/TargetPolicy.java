package dev.shipgate.monitor;

import java.time.Duration;
import java.util.List;

/**
 * How one target is judged.
 *
 * @param kind {@code database}, {@code check}, {@code external}, {@code agent}, {@code service},
 *     {@code tunnel}: for output and incident categories
 * @param dependsOn names of targets this one depends on
 */
public record TargetPolicy(
    String name,
    String kind,
    Duration interval,
    int failureThreshold,
    int successThreshold,
    boolean optional,
    List<String> dependsOn) {
  public TargetPolicy {
    if (failureThreshold < 1 || successThreshold < 1) {
      throw new IllegalArgumentException("thresholds must be at least 1");
    }
    if (!interval.isPositive()) {
      throw new IllegalArgumentException("the interval must be more than 0");
    }
    dependsOn = List.copyOf(dependsOn);
  }
}
