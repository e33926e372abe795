package dev.shipgate.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed authentications per client address: after {@code limit} failures within {@code window},
 * the address gets 429 (even with the right token) until the oldest of them leaves the window.
 * Bounded memory: the least recently seen addresses are forgotten past {@code MAX_CLIENTS}.
 */
final class FailureLimiter {
  private static final int MAX_CLIENTS = 10_000;

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
          return size() > MAX_CLIENTS;
        }
      };

  FailureLimiter(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  /** How long {@code client} must wait, or {@link Duration#ZERO} when it may try. */
  synchronized Duration blockedFor(String client) {
    Deque<Instant> q = failures.get(client);
    if (q == null) {
      return Duration.ZERO;
    }
    Instant now = clock.instant();
    prune(q, now);
    if (q.size() < limit) {
      return Duration.ZERO;
    }
    Duration wait = Duration.between(now, q.peekFirst().plus(window));
    return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
  }

  synchronized void failed(String client) {
    Instant now = clock.instant();
    Deque<Instant> q = failures.computeIfAbsent(client, k -> new ArrayDeque<>());
    prune(q, now);
    q.addLast(now);
    while (q.size() > limit) {
      q.removeFirst();
    }
  }

  private void prune(Deque<Instant> q, Instant now) {
    Instant cutoff = now.minus(window);
    while (!q.isEmpty() && !q.peekFirst().isAfter(cutoff)) {
      q.removeFirst();
    }
  }
}
