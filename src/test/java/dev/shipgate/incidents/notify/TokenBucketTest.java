package dev.shipgate.incidents.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void aSlackBucketSendsOneMessageAtOnceThenOnePerSecond() {
    TokenBucket b = new TokenBucket(1, 1.0);
    assertThat(b.waitTime(T0)).isZero();
    b.take(T0);
    assertThat(b.waitTime(T0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(b.waitTime(T0.plusMillis(400))).isEqualTo(Duration.ofMillis(600));
    assertThat(b.waitTime(T0.plusSeconds(1))).isZero();
  }

  @Test
  void aBurstBucketRefillsUpToItsCapacityOnly() {
    TokenBucket b = new TokenBucket(3, 10.0);
    for (int i = 0; i < 3; i++) {
      assertThat(b.waitTime(T0)).isZero();
      b.take(T0);
    }
    assertThat(b.waitTime(T0)).isEqualTo(Duration.ofMillis(100));
    Instant later = T0.plusSeconds(60);
    for (int i = 0; i < 3; i++) {
      assertThat(b.waitTime(later)).isZero();
      b.take(later);
    }
    assertThat(b.waitTime(later)).isPositive();
  }
}
