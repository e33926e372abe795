package dev.shipgate.incidents.notify;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket on an injected clock: {@code capacity} messages at once, refilled at {@code
 * perSecond}. Slack asks for at most one message per second per webhook; the notifier asks the
 * bucket how long the next message must wait and only takes a token when it sends.
 */
final class TokenBucket {
  private final double capacity;
  private final double perSecond;
  private double tokens;
  private Instant updated;

  TokenBucket(int capacity, double perSecond) {
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.tokens = capacity;
  }

  /** How long until a token is available (zero when one is). */
  synchronized Duration waitTime(Instant now) {
    refill(now);
    if (tokens >= 1) {
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * 1e9));
  }

  /** Takes a token (call after {@link #waitTime} said zero). */
  synchronized void take(Instant now) {
    refill(now);
    tokens -= 1;
  }

  private void refill(Instant now) {
    if (updated != null && now.isAfter(updated)) {
      double seconds = Duration.between(updated, now).toNanos() / 1e9;
      tokens = Math.min(capacity, tokens + seconds * perSecond);
    }
    if (updated == null || now.isAfter(updated)) {
      updated = now;
    }
  }
}
