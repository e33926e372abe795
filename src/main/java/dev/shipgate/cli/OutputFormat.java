package dev.shipgate.cli;

import java.util.Locale;

/** {@code --format} for commands that print a verdict: text for people, JSON for machines. */
enum OutputFormat {
  TEXT,
  JSON;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
