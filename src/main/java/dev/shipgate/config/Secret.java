package dev.shipgate.config;

import java.util.Objects;

/**
 * A configuration value that must never be printed: API keys, tokens, webhook URLs, database URLs
 * with passwords. {@link #toString()} is masked; only {@link #reveal()} gives the value, and only
 * code that sends it to its destination should call it.
 */
public final class Secret {
  private static final Secret EMPTY = new Secret("");

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  public static Secret of(String value) {
    return value == null || value.isEmpty() ? EMPTY : new Secret(value);
  }

  public static Secret empty() {
    return EMPTY;
  }

  /** The plain value; never log or print it. */
  public String reveal() {
    return value;
  }

  public boolean isPresent() {
    return !value.isBlank();
  }

  @Override
  public String toString() {
    return value.isEmpty() ? "" : "****";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }
}
