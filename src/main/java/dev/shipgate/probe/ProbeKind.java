package dev.shipgate.probe;

import java.util.Locale;

/** What a probe checks: a configured endpoint, an external API key, or an AI agent. */
public enum ProbeKind {
  CHECK,
  EXTERNAL,
  AGENT;

  /** The lower-case name used in output ({@code check}, {@code external}, {@code agent}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
