package dev.shipgate.recovery;

import dev.shipgate.config.Redactor;
import dev.shipgate.core.Events;
import dev.shipgate.process.ShellCommand;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;

/** Runs one action and says how it went; never throws for a failing action. */
final class ActionRunner {
  /** How long a 429 without a usable Retry-After defers the next attempt. */
  static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

  private static final int KEEP_LINES = 5;

  private final Redactor redactor;
  private final Events events;
  private final String userAgent;
  private HttpClient http;

  ActionRunner(Redactor redactor, Events events, String userAgent) {
    this.redactor = redactor;
    this.events = events;
    this.userAgent = userAgent;
  }

  /**
   * How an action went.
   *
   * @param retryAfter set when a trigger answered 429 (the action did not run)
   */
  record Result(boolean ok, String detail, Duration took, Duration retryAfter) {
    boolean deferred() {
      return retryAfter != null;
    }
  }

  Result run(String target, RecoveryAction action, Instant now) {
    return switch (action) {
      case RecoveryAction.Command c -> command(target, c);
      case RecoveryAction.Trigger t -> trigger(t, now);
    };
  }

  private Result command(String target, RecoveryAction.Command c) {
    Deque<String> tail = new ArrayDeque<>();
    try {
      ShellCommand.Result r =
          ShellCommand.run(
              c.command(),
              c.cwd(),
              c.env(),
              c.timeout(),
              line -> {
                String shown = redactor.redact(line);
                events.emit(new RecoveryEvents.Output(target, shown));
                synchronized (tail) {
                  tail.addLast(shown);
                  if (tail.size() > KEEP_LINES) {
                    tail.removeFirst();
                  }
                }
              });
      String out;
      synchronized (tail) {
        out = String.join(" | ", tail);
      }
      if (r.ok()) {
        return new Result(true, "exit 0" + (out.isEmpty() ? "" : ": " + out), r.took(), null);
      }
      String why =
          r.timedOut()
              ? "TIMEOUT: still running after " + c.timeout().toMillis() + "ms; killed"
              : "exit " + r.exitCode();
      return new Result(false, why + (out.isEmpty() ? "" : ": " + out), r.took(), null);
    } catch (IOException e) {
      return new Result(
          false,
          "cannot start the command: " + redactor.redact(e.getMessage()),
          Duration.ZERO,
          null);
    }
  }

  private Result trigger(RecoveryAction.Trigger t, Instant now) {
    long t0 = System.nanoTime();
    HttpRequest req =
        HttpRequest.newBuilder(t.url())
            .timeout(t.timeout())
            .header("User-Agent", userAgent)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      HttpResponse<Void> resp = client().send(req, HttpResponse.BodyHandlers.discarding());
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      int status = resp.statusCode();
      if (status >= 200 && status < 300) {
        return new Result(true, "HTTP " + status, took, null);
      }
      if (status == 429) {
        Duration wait = retryAfter(resp.headers().firstValue("Retry-After").orElse(null), now);
        return new Result(false, "HTTP 429: retry after " + wait.toSeconds() + "s", took, wait);
      }
      return new Result(false, "HTTP " + status, took, null);
    } catch (HttpConnectTimeoutException e) {
      return failed("TIMEOUT: no connection within " + t.timeout().toMillis() + "ms", t0);
    } catch (HttpTimeoutException e) {
      return failed("TIMEOUT: no answer within " + t.timeout().toMillis() + "ms", t0);
    } catch (ConnectException e) {
      return failed("CONNECTION_REFUSED", t0);
    } catch (IOException e) {
      return failed("NETWORK: " + e.getClass().getSimpleName(), t0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed("INTERRUPTED", t0);
    }
  }

  private static Result failed(String why, long t0) {
    return new Result(false, why, Duration.ofNanos(System.nanoTime() - t0), null);
  }

  /** Seconds or an HTTP date; a missing or unreadable value is {@link #DEFAULT_RETRY_AFTER}. */
  static Duration retryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return DEFAULT_RETRY_AFTER;
    }
    String v = value.strip();
    try {
      long s = Long.parseLong(v);
      return Duration.ofSeconds(Math.max(0, s));
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(now, at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException bad) {
        return DEFAULT_RETRY_AFTER;
      }
    }
  }

  private synchronized HttpClient client() {
    if (http == null) {
      http =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
    }
    return http;
  }

  synchronized void close() {
    if (http != null) {
      http.close();
      http = null;
    }
  }
}
