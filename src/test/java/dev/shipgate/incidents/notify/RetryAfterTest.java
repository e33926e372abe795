package dev.shipgate.incidents.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void delaySecondsAndHttpDatesAreRead() {
    assertThat(RetryAfter.parse("1", NOW)).contains(Duration.ofSeconds(1));
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 12:00:30 GMT", NOW))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void aReceiverCannotParkADeliveryForADay() {
    assertThat(RetryAfter.parse("86400", NOW)).contains(RetryAfter.CAP);
    assertThat(RetryAfter.untilEpochSecond(Long.toString(NOW.getEpochSecond() + 86400), NOW))
        .contains(RetryAfter.CAP);
  }

  @Test
  void garbageAndPastDatesDoNotWait() {
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse("", NOW)).isEmpty();
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 11:00:00 GMT", NOW)).contains(Duration.ZERO);
  }
}
