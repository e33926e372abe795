package dev.shipgate.incidents.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A {@code Retry-After} value (delay-seconds or an HTTP date, RFC 9110 §10.2.3), or GitHub's {@code
 * x-ratelimit-reset} (epoch seconds), capped so a receiver cannot park a delivery for a day.
 */
final class RetryAfter {
  static final Duration CAP = Duration.ofMinutes(5);

  private RetryAfter() {}

  static Optional<Duration> parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      if (v.chars().allMatch(Character::isDigit)) {
        return Optional.of(cap(Duration.ofSeconds(Long.parseLong(v))));
      }
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      return Optional.of(cap(Duration.between(now, at.toInstant())));
    } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** GitHub's {@code x-ratelimit-reset}: the epoch second the limit resets. */
  static Optional<Duration> untilEpochSecond(String value, Instant now) {
    try {
      return value == null
          ? Optional.empty()
          : Optional.of(
              cap(Duration.between(now, Instant.ofEpochSecond(Long.parseLong(value.strip())))));
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  static Duration cap(Duration d) {
    if (d.isNegative()) {
      return Duration.ZERO;
    }
    return d.compareTo(CAP) > 0 ? CAP : d;
  }
}
