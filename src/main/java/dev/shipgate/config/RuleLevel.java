package dev.shipgate.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** A lint rule's configured severity; {@code OFF} disables the rule. */
public enum RuleLevel {
  ERROR,
  WARNING,
  OFF;

  /** Accepts error, warning, off; YAML 1.1 reads a bare {@code off} as false, so false is off. */
  @JsonCreator
  public static RuleLevel parse(String text) {
    String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "error" -> ERROR;
      case "warning", "warn" -> WARNING;
      case "off", "false", "none" -> OFF;
      default -> throw new IllegalArgumentException("is not one of: error, warning, off");
    };
  }
}
