package dev.shipgate.logs;

import dev.shipgate.config.Redactor;
import dev.shipgate.config.Secret;
import io.sentry.Sentry;
import io.sentry.SentryEvent;
import io.sentry.SentryOptions;
import io.sentry.protocol.Message;
import io.sentry.protocol.SentryException;
import java.time.Duration;

/**
 * shipgate's own internal errors (bugs, not the failures it reports) sent to Sentry with its Java
 * SDK, when a DSN is configured ({@code logs.sentryDsn}, else {@code SHIPGATE_SENTRY_DSN}).
 * Messages and exception values are redacted in {@code beforeSend}; no PII, no uncaught-exception
 * handler, no shutdown hook of its own. Without a DSN it does nothing.
 */
public final class ErrorReporter implements AutoCloseable {
  private static final ErrorReporter OFF = new ErrorReporter(false);

  private final boolean on;

  private ErrorReporter(boolean on) {
    this.on = on;
  }

  public static ErrorReporter off() {
    return OFF;
  }

  /**
   * @param dsn the DSN; empty: off
   * @param release e.g. {@code shipgate@0.1.0}
   */
  public static ErrorReporter open(
      Secret dsn, Redactor redactor, String environment, String release) {
    if (dsn == null || !dsn.isPresent()) {
      return OFF;
    }
    Sentry.init(
        (SentryOptions o) -> {
          o.setDsn(dsn.reveal());
          o.setEnvironment(environment);
          o.setRelease(release);
          o.setSendDefaultPii(false);
          o.setEnableUncaughtExceptionHandler(false);
          o.setEnableShutdownHook(false);
          o.setAttachServerName(false);
          o.setShutdownTimeoutMillis(2000);
          o.setFlushTimeoutMillis(2000);
          o.setBeforeSend((event, hint) -> redact(event, redactor));
        });
    return new ErrorReporter(true);
  }

  static SentryEvent redact(SentryEvent event, Redactor r) {
    Message m = event.getMessage();
    if (m != null) {
      if (m.getMessage() != null) {
        m.setMessage(r.redact(m.getMessage()));
      }
      if (m.getFormatted() != null) {
        m.setFormatted(r.redact(m.getFormatted()));
      }
    }
    if (event.getExceptions() != null) {
      for (SentryException e : event.getExceptions()) {
        if (e.getValue() != null) {
          e.setValue(r.redact(e.getValue()));
        }
      }
    }
    if (event.getBreadcrumbs() != null) {
      event
          .getBreadcrumbs()
          .forEach(b -> b.setMessage(b.getMessage() == null ? null : r.redact(b.getMessage())));
    }
    return event;
  }

  public boolean enabled() {
    return on;
  }

  /** Sends one internal error ({@code where}: what shipgate was doing). */
  public void capture(Throwable error, String where) {
    if (!on) {
      return;
    }
    Sentry.withScope(
        scope -> {
          scope.setTag("where", where);
          Sentry.captureException(error);
        });
  }

  /** Waits up to {@code timeout} for queued events to be sent. */
  public void flush(Duration timeout) {
    if (on) {
      Sentry.flush(timeout.toMillis());
    }
  }

  @Override
  public void close() {
    if (on) {
      Sentry.flush(2000);
      Sentry.close();
    }
  }
}
