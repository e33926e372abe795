package dev.shipgate.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations written as {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h} or {@code 1m30s}.
 */
public final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  private Durations() {}

  /**
   * @throws IllegalArgumentException with a message that shows the accepted forms
   */
  public static Duration parse(String text) {
    String s = text == null ? "" : text.trim();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty duration; write e.g. 500ms, 5s or 2m");
    }
    if (s.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException(
          "duration '" + s + "' has no unit; write e.g. " + s + "s or " + s + "ms");
    }
    Matcher m = PART.matcher(s);
    Duration total = Duration.ZERO;
    int pos = 0;
    while (pos < s.length() && m.find(pos) && m.start() == pos) {
      long n = Long.parseLong(m.group(1));
      total =
          total.plus(
              switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
              });
      pos = m.end();
    }
    if (pos != s.length()) {
      throw new IllegalArgumentException(
          "duration '" + s + "' is not valid; write e.g. 500ms, 5s, 2m or 1m30s");
    }
    return total;
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
