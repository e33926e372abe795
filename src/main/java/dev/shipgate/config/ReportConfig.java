package dev.shipgate.config;

import java.nio.file.Path;

/** `report:` where deploy reports go and how long they are kept. */
public record ReportConfig(Path dir, Integer keepDays) implements ConfigSection {
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

  @Override
  public void validate(ConfigCheck check) {
    check.at("keepDays").atLeast(keepDays, 1, " day");
  }
}
