package dev.shipgate.incidents.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends one message to one destination before a deadline: waits for the destination's token,
 * retries 5xx, 408, network failures (backoff 250 ms doubling to 2 s) and 429 (its {@code
 * Retry-After}, capped) while the deadline allows, and says why it stopped otherwise. A timeout is
 * not retried in the same command: it has used what was left of the budget.
 */
final class Sender {
  static final Duration REQUEST_CAP = Duration.ofSeconds(10);
  static final Duration MIN_SLICE = Duration.ofMillis(50);
  static final int TRIES_PER_COMMAND = 4;

  private final HttpSender http;
  private final Time time;

  /**
   * How a send ended.
   *
   * @param status the last HTTP status, 0 when none came
   * @param reason why it failed (no URL, no secret), null when delivered
   * @param retryable worth trying again later
   * @param retryIn when a later try makes sense (Retry-After, backoff or the token bucket)
   * @param tries HTTP requests made
   * @param deferred nothing was sent: the rate limit or the budget left no room
   * @param requestTimeout the timeout of the last request (never beyond the deadline)
   */
  record Result(
      boolean delivered,
      int status,
      String reason,
      boolean retryable,
      Duration retryIn,
      int tries,
      boolean deferred,
      boolean threadGone,
      Optional<String> thread,
      Duration requestTimeout) {}

  Sender(HttpSender http, Time time) {
    this.http = http;
    this.time = time;
  }

  Result send(Destination dest, Message m, Optional<String> thread, Instant deadline)
      throws InterruptedException {
    int tries = 0;
    Duration lastTimeout = Duration.ZERO;
    String lastReason = null;
    int lastStatus = 0;
    while (true) {
      Instant now = time.now();
      Duration token = dest.bucket().waitTime(now);
      if (!fits(now, token, deadline)) {
        if (tries > 0) {
          return new Result(
              false,
              lastStatus,
              lastReason,
              true,
              token,
              tries,
              false,
              false,
              Optional.empty(),
              lastTimeout);
        }
        return new Result(
            false,
            0,
            "rate limit: next slot in " + token.toMillis() + "ms",
            true,
            token,
            0,
            true,
            false,
            Optional.empty(),
            lastTimeout);
      }
      time.sleep(token);
      now = time.now();
      dest.bucket().take(now);
      Duration timeout = min(Duration.between(now, deadline), REQUEST_CAP);
      lastTimeout = timeout;
      Reply r = http.send(dest.request(m, thread, now), timeout);
      tries++;
      if (r.ok()) {
        return new Result(
            true,
            r.status(),
            null,
            false,
            Duration.ZERO,
            tries,
            false,
            false,
            dest.thread(r),
            timeout);
      }
      if (thread.isPresent() && r.status() == 404) {
        return new Result(
            false,
            404,
            "the comment to edit is gone",
            true,
            Duration.ZERO,
            tries,
            false,
            true,
            Optional.empty(),
            timeout);
      }
      String reason;
      Duration wait;
      if (r.failure() != null) {
        if (r.failure().equals("TIMEOUT")) {
          String why =
              timeout.compareTo(REQUEST_CAP) < 0 ? " (all that was left of notify.timeout)" : "";
          return new Result(
              false,
              0,
              "TIMEOUT: no answer within " + timeout.toMillis() + "ms" + why,
              true,
              backoff(tries),
              tries,
              false,
              false,
              Optional.empty(),
              timeout);
        }
        reason = r.failure();
        wait = backoff(tries);
      } else if (rateLimited(r)) {
        wait = retryAfter(r, time.now()).orElse(Duration.ofSeconds(1));
        reason = "HTTP " + r.status() + " rate limited (retry after " + wait.toMillis() + "ms)";
      } else if (r.status() >= 500 || r.status() == 408) {
        reason = "HTTP " + r.status();
        wait = backoff(tries);
      } else {
        return new Result(
            false,
            r.status(),
            "HTTP "
                + r.status()
                + ": the destination refused the message;"
                + " check "
                + dest.configKey(),
            false,
            Duration.ZERO,
            tries,
            false,
            false,
            Optional.empty(),
            timeout);
      }
      lastReason = reason;
      lastStatus = r.status();
      now = time.now();
      if (tries >= TRIES_PER_COMMAND || !fits(now, wait, deadline)) {
        return new Result(
            false, r.status(), reason, true, wait, tries, false, false, Optional.empty(), timeout);
      }
      time.sleep(wait);
    }
  }

  private static boolean fits(Instant now, Duration wait, Instant deadline) {
    return !now.plus(wait).plus(MIN_SLICE).isAfter(deadline);
  }

  private static boolean rateLimited(Reply r) {
    return r.status() == 429
        || (r.status() == 403 && r.header("x-ratelimit-remaining").orElse("").equals("0"));
  }

  private static Optional<Duration> retryAfter(Reply r, Instant now) {
    Optional<Duration> d = RetryAfter.parse(r.header("retry-after").orElse(null), now);
    return d.isPresent()
        ? d
        : RetryAfter.untilEpochSecond(r.header("x-ratelimit-reset").orElse(null), now);
  }

  static Duration backoff(int tries) {
    long ms = 250L << Math.min(tries - 1, 3);
    return Duration.ofMillis(Math.min(ms, 2000));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
