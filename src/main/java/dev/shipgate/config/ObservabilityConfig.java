package dev.shipgate.config;

/** `observability:` whether production requires error tracking (SENTRY_DSN). */
public record ObservabilityConfig(Boolean requireErrorTracking) {
  public ObservabilityConfig {
    requireErrorTracking = Immutables.or(requireErrorTracking, Boolean.TRUE);
  }

  static ObservabilityConfig defaults() {
    return new ObservabilityConfig(null);
  }
}
