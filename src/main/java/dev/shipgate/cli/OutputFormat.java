package dev.shipgate.cli;

import java.util.Locale;

/**
 * What {@code --format} can ask for: text for people, JSON for machines; lints also SARIF and
 * GitHub.
 */
enum OutputFormat {
  TEXT,
  JSON,
  SARIF,
  GITHUB;

  /** SARIF and GitHub annotations describe findings in files: only the lints print them. */
  boolean lintOnly() {
    return this == SARIF || this == GITHUB;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
