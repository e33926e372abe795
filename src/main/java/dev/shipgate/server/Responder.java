package dev.shipgate.server;

import dev.shipgate.config.Redactor;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Writes a {@link Reply}: the body and every header value through the redactor (the server's output
 * boundary), with the headers every response carries.
 */
final class Responder {
  private final Redactor redactor;

  Responder(Redactor redactor) {
    this.redactor = redactor;
  }

  void write(Context ctx, Reply reply) {
    ctx.status(reply.status());
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Content-Type-Options", "nosniff");
    if (reply.contentType().startsWith("text/html")) {
      ctx.header(
          "Content-Security-Policy",
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self';"
              + " frame-ancestors 'none'; base-uri 'none'");
      ctx.header("X-Frame-Options", "DENY");
    }
    for (Map.Entry<String, String> h : reply.headers().entrySet()) {
      ctx.header(h.getKey(), redactor.redact(h.getValue()));
    }
    ctx.contentType(reply.contentType());
    ctx.result(redactor.redact(reply.body()));
  }
}
