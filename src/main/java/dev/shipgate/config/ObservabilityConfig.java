package dev.shipgate.config;

import java.util.List;

/**
 * `observability:` whether production requires error tracking, and the variables that configure it
 * (any one set is enough; default {@code SENTRY_DSN}).
 */
public record ObservabilityConfig(Boolean requireErrorTracking, List<String> errorTrackingEnv) {
  public ObservabilityConfig {
    requireErrorTracking = Immutables.or(requireErrorTracking, Boolean.TRUE);
    errorTrackingEnv = Immutables.list(errorTrackingEnv);
    if (errorTrackingEnv.isEmpty()) {
      errorTrackingEnv = List.of("SENTRY_DSN");
    }
  }

  static ObservabilityConfig defaults() {
    return new ObservabilityConfig(null, null);
  }
}
