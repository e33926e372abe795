package dev.shipgate.db;

import dev.shipgate.config.ConnectConfig;
import dev.shipgate.config.Durations;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Events;
import dev.shipgate.core.ShipgateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Opens a {@link DbSession} with the retry policy of {@code database.connect}: up to {@code
 * attempts} tries, each limited to {@code timeout}, sleeping {@code initialBackoff}, then twice as
 * long each time up to {@code maxBackoff}. Only transient failures are retried: a wrong password
 * fails at once. Every message shows the redacted URL and never the password.
 */
public final class Connector {
  private Connector() {}

  /**
   * @param events told about each failed attempt that will be retried ({@link
   *     DbEvents.ConnectRetry})
   * @throws ShipgateException {@code DB_UNREACHABLE} or {@code DB_REJECTED}, one line naming the
   *     redacted URL, when no attempt succeeds
   */
  public static DbSession connect(
      DatabaseUrl url, ConnectConfig policy, OpenOptions options, Events events) {
    Database db = Databases.forUrl(url);
    long started = System.nanoTime();
    Duration backoff = policy.initialBackoff();
    SQLException last = null;
    int attempts = policy.attempts();
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        Connection c = db.open(url, options);
        try {
          return new DbSession(db, url, c, db.describe(c), attempt);
        } catch (SQLException e) {
          c.close();
          throw e;
        }
      } catch (SQLException e) {
        last = e;
        if (!db.isTransient(e) || attempt == attempts) {
          break;
        }
        events.emit(new DbEvents.ConnectRetry(attempt, attempts, reason(e, url), backoff));
        sleep(backoff);
        backoff = min(backoff.multipliedBy(2), policy.maxBackoff());
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    throw failed(url, last, took, db.isTransient(last) ? attempts : -1);
  }

  private static ShipgateException failed(
      DatabaseUrl url, SQLException e, Duration took, int attempts) {
    String tries =
        attempts > 0
            ? " after " + attempts + (attempts == 1 ? " attempt" : " attempts")
            : " (not retried)";
    String fix = url.database().connectFailureHint(attempts > 0);
    return new ShipgateException(
        attempts > 0 ? ErrorCode.DB_UNREACHABLE : ErrorCode.DB_REJECTED,
        "cannot connect to "
            + url.redacted()
            + tries
            + " in "
            + Durations.format(Duration.ofMillis(took.toMillis()))
            + ": "
            + reason(e, url)
            + " ("
            + fix
            + ")");
  }

  /** The driver's message on one line, without the password. */
  public static String reason(SQLException e, DatabaseUrl url) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Throwable cause = e.getCause();
    if (m.contains("attempt failed") && cause != null && cause.getMessage() != null) {
      m = cause.getMessage();
    }
    String oneLine = m.strip().lines().findFirst().orElse("").strip();
    if (url.password() != null && !url.password().isEmpty()) {
      oneLine = oneLine.replace(url.password(), "****");
    }
    return dev.shipgate.config.Redactor.maskUrls(oneLine);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ShipgateException(ErrorCode.INTERRUPTED, "interrupted while waiting to reconnect");
    }
  }
}
