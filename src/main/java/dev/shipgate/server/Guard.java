package dev.shipgate.server;

import dev.shipgate.config.Secret;
import dev.shipgate.config.ServerConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.Duration;

/**
 * Who may call what. A protected route whose token is not configured does not exist (404, the same
 * answer as an unknown path). A wrong token is 401 with {@code WWW-Authenticate} and counts as a
 * failure of the client address; {@value #FAILURES} failures within a minute get 429 with {@code
 * Retry-After}. The dashboard's session cookie stands in for the admin token on GET requests only.
 */
final class Guard {
  static final int FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(1);

  private final ServerConfig config;
  private final FailureLimiter limiter;
  private final SessionCookie session;

  Guard(ServerConfig config, Clock clock) {
    this.config = config;
    this.limiter = new FailureLimiter(FAILURES, WINDOW, clock);
    this.session = new SessionCookie(config.adminToken(), clock);
  }

  SessionCookie session() {
    return session;
  }

  boolean adminEnabled() {
    return config.adminToken().isPresent();
  }

  /** Null when the request may go on; else the rejection to send. */
  Reply check(Access access, Context ctx) {
    return switch (access) {
      case ANYONE -> null;
      case METRICS -> config.metricsAuth() ? token(config.adminToken(), ctx, true) : null;
      case ADMIN -> token(config.adminToken(), ctx, true);
      case INTERNAL -> token(config.internalToken(), ctx, false);
    };
  }

  /** True when the dashboard session cookie of this GET request is valid. */
  boolean hasSession(Context ctx) {
    return ctx.method() == HandlerType.GET
        && adminEnabled()
        && session.valid(ctx.cookie(SessionCookie.NAME));
  }

  private Reply token(Secret expected, Context ctx, boolean cookieAllowed) {
    if (!expected.isPresent()) {
      return Reply.notFound();
    }
    String client = ctx.ip();
    Reply limited = limited(client);
    if (limited != null) {
      return limited;
    }
    String presented = Tokens.bearer(ctx.header("Authorization"));
    if (Tokens.matches(expected, presented)) {
      return null;
    }
    if (presented == null && cookieAllowed && hasSession(ctx)) {
      return null;
    }
    if (presented != null) {
      limiter.failed(client);
    }
    return Reply.error(401, presented == null ? "a bearer token is required" : "invalid token")
        .withHeader(
            "WWW-Authenticate",
            presented == null
                ? "Bearer realm=\"shipgate\""
                : "Bearer realm=\"shipgate\", error=\"invalid_token\"");
  }

  /** The login form's check: same token, same limiter. Null on success, else the rejection. */
  Reply login(Context ctx, String presented) {
    String client = ctx.ip();
    Reply limited = limited(client);
    if (limited != null) {
      return limited;
    }
    if (Tokens.matches(config.adminToken(), presented)) {
      return null;
    }
    limiter.failed(client);
    return Reply.error(401, "invalid token");
  }

  private Reply limited(String client) {
    Duration wait = limiter.blockedFor(client);
    if (wait.isZero()) {
      return null;
    }
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return Reply.error(429, "too many failed attempts; try again in " + seconds + "s")
        .withHeader("Retry-After", Long.toString(seconds));
  }
}
