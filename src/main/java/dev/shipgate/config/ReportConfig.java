package dev.shipgate.config;

import java.nio.file.Path;

/** `report:` where deploy reports go and how long they are kept. */
public record ReportConfig(Path dir, Integer keepDays) {
  public ReportConfig {
    dir = Immutables.or(dir, Path.of("logs"));
    keepDays = Immutables.or(keepDays, 30);
  }

  static ReportConfig defaults() {
    return new ReportConfig(null, null);
  }

  ReportConfig withDir(Path resolved) {
    return new ReportConfig(resolved, keepDays);
  }
}
