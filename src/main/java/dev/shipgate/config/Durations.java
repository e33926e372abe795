package dev.shipgate.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations written as {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h} or {@code 1m30s},
 * up to {@link #MAX} (a year: no timeout or window of shipgate needs more, and anything larger
 * would overflow the clock arithmetic that uses it).
 */
public final class Durations {
  /** The longest duration accepted anywhere. */
  public static final Duration MAX = Duration.ofDays(365);

  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");
  private static final String FORMS = "write e.g. 500ms, 5s, 2m or 1m30s";

  private Durations() {}

  /**
   * A duration that cannot be read. {@link #getMessage()} quotes the text (fine for a command-line
   * argument); {@link #reason()} does not (for config values, which may come from the environment).
   */
  public static final class Invalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String reason;

    Invalid(String text, String reason) {
      super("duration '" + text + "' " + reason);
      this.reason = reason;
    }

    /** What is wrong and how to fix it, without the value. */
    public String reason() {
      return reason;
    }
  }

  /**
   * @throws Invalid with a message that shows the accepted forms
   */
  public static Duration parse(String text) {
    String s = text == null ? "" : text.trim();
    if (s.isEmpty()) {
      throw new Invalid(s, "is empty; " + FORMS);
    }
    if (s.chars().allMatch(Character::isDigit)) {
      throw new Invalid(s, "has no unit; write e.g. 5s or 500ms");
    }
    Matcher m = PART.matcher(s);
    Duration total = Duration.ZERO;
    int pos = 0;
    while (pos < s.length() && m.find(pos) && m.start() == pos) {
      total = total.plus(part(s, m.group(1), m.group(2)));
      if (total.compareTo(MAX) > 0) {
        throw tooLong(s);
      }
      pos = m.end();
    }
    if (pos != s.length()) {
      throw new Invalid(s, "is not valid; " + FORMS);
    }
    return total;
  }

  private static Duration part(String s, String digits, String unit) {
    long n;
    try {
      n = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw tooLong(s);
    }
    long maxInUnit =
        switch (unit) {
          case "ms" -> MAX.toMillis();
          case "s" -> MAX.toSeconds();
          case "m" -> MAX.toMinutes();
          case "h" -> MAX.toHours();
          default -> MAX.toDays();
        };
    if (n > maxInUnit) {
      throw tooLong(s);
    }
    return switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }

  private static Invalid tooLong(String s) {
    return new Invalid(s, "is too long; the most shipgate accepts is 365d");
  }

  /** Formats a duration the way users write them: 1500ms, 5s, 2m. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms % 60_000 == 0 && ms > 0) {
      return ms / 60_000 + "m";
    }
    if (ms % 1000 == 0 && ms > 0) {
      return ms / 1000 + "s";
    }
    return ms + "ms";
  }
}
